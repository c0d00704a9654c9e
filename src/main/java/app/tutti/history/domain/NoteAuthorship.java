package app.tutti.history.domain;

import app.tutti.composition.domain.Note;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A note as it is at some sequence number, with who created it, who changed it last and everyone
 * who changed it since it was created (the creator only when they changed it later).
 */
public record NoteAuthorship(Note note, @Nullable Contributor createdBy, long createdSeq,
        @Nullable Contributor lastChangedBy, long lastChangedSeq, List<Contributor> editors) {

    public NoteAuthorship {
        editors = List.copyOf(editors);
    }
}
