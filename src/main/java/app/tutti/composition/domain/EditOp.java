package app.tutti.composition.domain;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import java.util.UUID;

/**
 * A change to a project's notes. Every edit, by a person or an AI generation, is one of these;
 * the document is what you get by applying them in sequence order. Names match the browser's
 * commands one to one.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.SIMPLE_NAME, property = "type")
@JsonSubTypes({@JsonSubTypes.Type(EditOp.AddNotes.class), @JsonSubTypes.Type(EditOp.UpdateNotes.class),
        @JsonSubTypes.Type(EditOp.DeleteNotes.class)})
public sealed interface EditOp {

    /** How many notes the operation touches; bounded per operation. */
    int size();

    record AddNotes(List<Note> notes) implements EditOp {
        public AddNotes {
            notes = List.copyOf(notes);
        }

        @Override
        public int size() {
            return notes.size();
        }
    }

    /** Moves, resizes, transposes, re-velocities or re-tracks notes: field-level, last writer wins. */
    record UpdateNotes(List<NoteChange> changes) implements EditOp {
        public UpdateNotes {
            changes = List.copyOf(changes);
        }

        @Override
        public int size() {
            return changes.size();
        }
    }

    record DeleteNotes(List<UUID> ids) implements EditOp {
        public DeleteNotes {
            ids = List.copyOf(ids);
        }

        @Override
        public int size() {
            return ids.size();
        }
    }
}
