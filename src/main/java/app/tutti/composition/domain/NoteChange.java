package app.tutti.composition.domain;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * New values for some fields of one note; null fields are left alone. Changes to different
 * fields of a note by different people therefore never overwrite each other.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NoteChange(UUID id, @Nullable UUID trackId, @Nullable Integer pitch, @Nullable Long start,
        @Nullable Long duration, @Nullable Integer velocity) {

    public NoteChange {
        Objects.requireNonNull(id, "id");
    }

    /** The change that would set {@code note}'s changed fields back to their values in {@code note}. */
    public NoteChange restoring(Note note) {
        return new NoteChange(id, trackId == null ? null : note.trackId(), pitch == null ? null : note.pitch(),
                start == null ? null : note.start(), duration == null ? null : note.duration(),
                velocity == null ? null : note.velocity());
    }
}
