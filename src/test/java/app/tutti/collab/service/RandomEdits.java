package app.tutti.collab.service;

import app.tutti.composition.domain.EditOp;
import app.tutti.composition.domain.Note;
import app.tutti.composition.domain.NoteChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/** Random but valid edit sequences for property tests: adds, moves, resizes and deletes, some of gone notes. */
final class RandomEdits {

    private final Random random;
    private final UUID trackId;
    private final List<UUID> ids = new ArrayList<>();

    RandomEdits(long seed, UUID trackId) {
        this.random = new Random(seed);
        this.trackId = trackId;
    }

    EditOp next() {
        int kind = ids.isEmpty() ? 0 : random.nextInt(4);
        return switch (kind) {
            case 0 -> add();
            case 1, 2 -> update();
            default -> delete();
        };
    }

    private EditOp add() {
        List<Note> notes = new ArrayList<>();
        for (int i = 0, n = 1 + random.nextInt(5); i < n; i++) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            notes.add(new Note(id, trackId, 36 + random.nextInt(60), random.nextInt(64) * 120L,
                    120L * (1 + random.nextInt(8)), 1 + random.nextInt(127)));
        }
        return new EditOp.AddNotes(notes);
    }

    private EditOp update() {
        List<NoteChange> changes = new ArrayList<>();
        for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
            UUID id = ids.get(random.nextInt(ids.size()));
            changes.add(new NoteChange(id, null, random.nextBoolean() ? 36 + random.nextInt(60) : null,
                    random.nextBoolean() ? random.nextInt(64) * 120L : null,
                    random.nextBoolean() ? 120L * (1 + random.nextInt(8)) : null,
                    random.nextBoolean() ? 1 + random.nextInt(127) : null));
        }
        return new EditOp.UpdateNotes(changes);
    }

    /** Deletes notes that may already be gone: later updates to them must be dropped. */
    private EditOp delete() {
        return new EditOp.DeleteNotes(List.of(ids.get(random.nextInt(ids.size()))));
    }
}
