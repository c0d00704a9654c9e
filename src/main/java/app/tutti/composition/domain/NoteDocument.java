package app.tutti.composition.domain;

import app.tutti.base.domain.InvalidInputException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The notes of a project at one sequence number. Operations apply in sequence order with the
 * conflict rules of the operation log: adding an id that exists is ignored (a retried add),
 * updating or deleting a note that is gone is dropped, updates overwrite only their fields.
 */
public final class NoteDocument {

    public static final int MAX_NOTES = 50_000;
    public static final int MAX_OP_SIZE = 10_000;

    private final Map<UUID, Note> notes = new LinkedHashMap<>();

    public NoteDocument() {
    }

    public NoteDocument(Collection<Note> initial) {
        initial.forEach(note -> notes.put(note.id(), note));
    }

    /** Splits a long list into consecutive pieces of at most {@link #MAX_OP_SIZE}, one operation each. */
    public static <T> List<List<T>> batches(List<T> items) {
        List<List<T>> batches = new ArrayList<>();
        for (int from = 0; from < items.size(); from += MAX_OP_SIZE) {
            batches.add(items.subList(from, Math.min(items.size(), from + MAX_OP_SIZE)));
        }
        return batches;
    }

    public Collection<Note> notes() {
        return List.copyOf(notes.values());
    }

    public int size() {
        return notes.size();
    }

    public Note get(UUID id) {
        return notes.get(id);
    }

    /**
     * Rejects an operation that breaks a rule, with a message for the user. {@code trackIds}
     * are the project's tracks; notes must belong to one of them.
     */
    public void check(EditOp op, Set<UUID> trackIds) {
        if (op.size() == 0) {
            throw new InvalidInputException("The edit is empty.");
        }
        if (op.size() > MAX_OP_SIZE) {
            throw new InvalidInputException("One edit can change at most " + MAX_OP_SIZE + " notes; this one has "
                    + op.size() + ".");
        }
        switch (op) {
            case EditOp.AddNotes add -> checkAdd(add, trackIds);
            case EditOp.UpdateNotes update -> update.changes().forEach(change -> checkChange(change, trackIds));
            case EditOp.DeleteNotes ignored -> { }
        }
    }

    public void apply(EditOp op) {
        switch (op) {
            case EditOp.AddNotes add -> add.notes().forEach(note -> notes.putIfAbsent(note.id(), note));
            case EditOp.UpdateNotes update -> update.changes().forEach(
                    change -> notes.computeIfPresent(change.id(), (id, note) -> note.with(change)));
            case EditOp.DeleteNotes delete -> delete.ids().forEach(notes::remove);
        }
    }

    private void checkAdd(EditOp.AddNotes add, Set<UUID> trackIds) {
        long fresh = add.notes().stream().filter(note -> !notes.containsKey(note.id())).count();
        if (notes.size() + fresh > MAX_NOTES) {
            throw new InvalidInputException("A project can hold at most " + MAX_NOTES + " notes.");
        }
        add.notes().forEach(note -> checkTrack(note.trackId(), trackIds));
    }

    private void checkChange(NoteChange change, Set<UUID> trackIds) {
        if (change.trackId() != null) {
            checkTrack(change.trackId(), trackIds);
        }
        Note current = notes.get(change.id());
        if (current != null) {
            current.with(change); // throws when the result is out of range
        }
    }

    private static void checkTrack(UUID trackId, Set<UUID> trackIds) {
        if (!trackIds.contains(trackId)) {
            throw new InvalidInputException("That track does not exist in this project.");
        }
    }
}
