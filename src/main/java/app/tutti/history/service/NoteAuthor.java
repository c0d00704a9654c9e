package app.tutti.history.service;

import app.tutti.composition.domain.Note;
import app.tutti.history.domain.Contributor;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Who created a note and who changed it last, with the names people read. */
public record NoteAuthor(Note note, @Nullable Contributor createdBy, String createdByName,
        @Nullable Contributor lastChangedBy, String lastChangedByName) {

    public UUID noteId() {
        return note.id();
    }
}
