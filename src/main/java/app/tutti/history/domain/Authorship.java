package app.tutti.history.domain;

import app.tutti.composition.domain.EditOp;
import app.tutti.composition.domain.Note;
import app.tutti.composition.domain.NoteChange;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The notes of a project at one sequence number together with their authorship, built by applying
 * the log in order with the same conflict rules as the document (a repeated add is ignored, changes
 * to a gone note are dropped). A deleted note's creator is remembered, so a note brought back by a
 * restore keeps the credit of the person who wrote it.
 */
public final class Authorship {

    /** Creator of a note that was deleted, kept for a restore that adds it again. */
    public record Origin(@Nullable Contributor createdBy, long createdSeq) {
    }

    private final Map<UUID, NoteAuthorship> notes = new LinkedHashMap<>();
    private final Map<UUID, Origin> deleted = new HashMap<>();
    private long seq;

    public Authorship() {
    }

    public Authorship(long seq, Collection<NoteAuthorship> notes, Map<UUID, Origin> deleted) {
        this.seq = seq;
        notes.forEach(entry -> this.notes.put(entry.note().id(), entry));
        this.deleted.putAll(deleted);
    }

    /** An independent copy, to replay further without changing this one. */
    public Authorship copy() {
        return new Authorship(seq, notes.values(), deleted);
    }

    public long seq() {
        return seq;
    }

    /** Marks the state as the one at {@code target} when the log has no operations up to it. */
    public void advanceTo(long target) {
        seq = Math.max(seq, target);
    }

    public Collection<NoteAuthorship> notes() {
        return List.copyOf(notes.values());
    }

    public Map<UUID, Origin> deleted() {
        return Map.copyOf(deleted);
    }

    public @Nullable NoteAuthorship get(UUID noteId) {
        return notes.get(noteId);
    }

    public List<Note> document() {
        List<Note> result = new ArrayList<>(notes.size());
        notes.values().forEach(entry -> result.add(entry.note()));
        return result;
    }

    public void apply(HistoryOp entry) {
        Contributor author = entry.author();
        long at = entry.seq();
        switch (entry.op()) {
            case EditOp.AddNotes add -> add.notes().forEach(note -> add(note, author, at));
            case EditOp.UpdateNotes update -> update.changes().forEach(change -> update(change, author, at));
            case EditOp.DeleteNotes delete -> delete.ids().forEach(this::delete);
        }
        seq = at;
    }

    private void add(Note note, @Nullable Contributor author, long at) {
        if (notes.containsKey(note.id())) {
            return;
        }
        Origin origin = deleted.remove(note.id());
        if (origin == null) {
            notes.put(note.id(), new NoteAuthorship(note, author, at, author, at, List.of()));
        } else {
            notes.put(note.id(), new NoteAuthorship(note, origin.createdBy(), origin.createdSeq(), author, at,
                    author == null ? List.of() : List.of(author)));
        }
    }

    private void update(NoteChange change, @Nullable Contributor author, long at) {
        NoteAuthorship current = notes.get(change.id());
        if (current == null) {
            return;
        }
        List<Contributor> editors = current.editors();
        if (author != null && !editors.contains(author)) {
            editors = new ArrayList<>(editors);
            editors.add(author);
        }
        notes.put(change.id(), new NoteAuthorship(current.note().with(change), current.createdBy(),
                current.createdSeq(), author, at, editors));
    }

    private void delete(UUID id) {
        NoteAuthorship gone = notes.remove(id);
        if (gone != null) {
            deleted.put(id, new Origin(gone.createdBy(), gone.createdSeq()));
        }
    }
}
