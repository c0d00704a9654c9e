package app.tutti.history.domain;

import app.tutti.composition.domain.EditOp;
import app.tutti.composition.domain.Note;
import app.tutti.composition.domain.NoteChange;
import app.tutti.composition.domain.NoteDocument;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What differs between two states of a project's notes: notes only in the newer one (added), only
 * in the older one (removed) and in both with different fields (changed, old → new). Each list is
 * in time order, so a viewer can step through the differences.
 */
public record VersionDiff(List<Note> added, List<Note> removed, List<NoteDelta> changed) {

    private static final Comparator<Note> IN_TIME = Comparator.comparingLong(Note::start).thenComparingInt(Note::pitch)
            .thenComparing(Note::id);

    /** A note in both states with at least one different field. */
    public record NoteDelta(Note before, Note after) {

        public List<String> changedFields() {
            List<String> fields = new ArrayList<>();
            if (!before.trackId().equals(after.trackId())) {
                fields.add("track");
            }
            if (before.pitch() != after.pitch()) {
                fields.add("pitch");
            }
            if (before.start() != after.start()) {
                fields.add("start");
            }
            if (before.duration() != after.duration()) {
                fields.add("duration");
            }
            if (before.velocity() != after.velocity()) {
                fields.add("velocity");
            }
            return fields;
        }

        /** The change that turns {@code before} into {@code after}, with only the differing fields. */
        NoteChange change() {
            return new NoteChange(after.id(), eq(before.trackId(), after.trackId()),
                    eq(before.pitch(), after.pitch()), eq(before.start(), after.start()),
                    eq(before.duration(), after.duration()), eq(before.velocity(), after.velocity()));
        }

        private static <T> @Nullable T eq(T old, T now) {
            return Objects.equals(old, now) ? null : now;
        }
    }

    public VersionDiff {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
    }

    public static VersionDiff between(Collection<Note> from, Collection<Note> to) {
        Map<UUID, Note> before = new HashMap<>(from.size() * 2);
        from.forEach(note -> before.put(note.id(), note));
        List<Note> added = new ArrayList<>();
        List<NoteDelta> changed = new ArrayList<>();
        for (Note after : to) {
            Note old = before.remove(after.id());
            if (old == null) {
                added.add(after);
            } else if (!old.equals(after)) {
                changed.add(new NoteDelta(old, after));
            }
        }
        List<Note> removed = new ArrayList<>(before.values());
        added.sort(IN_TIME);
        removed.sort(IN_TIME);
        changed.sort(Comparator.comparing(NoteDelta::after, IN_TIME));
        return new VersionDiff(added, removed, changed);
    }

    /** This diff without added or changed notes that would land on a track not in {@code trackIds}. */
    public VersionDiff restrictedTo(Set<UUID> trackIds) {
        return new VersionDiff(added.stream().filter(note -> trackIds.contains(note.trackId())).toList(), removed,
                changed.stream().filter(delta -> trackIds.contains(delta.after().trackId())).toList());
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }

    public int size() {
        return added.size() + removed.size() + changed.size();
    }

    /**
     * Operations that turn the older state into the newer one: delete the removed notes, add the
     * added ones (with their ids, so their authorship is kept) and set the changed fields. Each
     * operation holds at most {@link NoteDocument#MAX_OP_SIZE} notes.
     */
    public List<EditOp> operations() {
        List<EditOp> ops = new ArrayList<>();
        NoteDocument.batches(removed.stream().map(Note::id).toList()).forEach(ids -> ops.add(new EditOp.DeleteNotes(ids)));
        NoteDocument.batches(added).forEach(notes -> ops.add(new EditOp.AddNotes(notes)));
        NoteDocument.batches(changed.stream().map(NoteDelta::change).toList())
                .forEach(changes -> ops.add(new EditOp.UpdateNotes(changes)));
        return ops;
    }
}
