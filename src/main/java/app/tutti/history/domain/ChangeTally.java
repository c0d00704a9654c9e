package app.tutti.history.domain;

import app.tutti.composition.domain.EditOp;
import app.tutti.composition.domain.Note;
import app.tutti.composition.domain.NoteChange;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What each contributor did in a run of operations: notes added (and the bars they fall in),
 * distinct notes changed, notes deleted. Contributors are kept in the order they first appear.
 */
public final class ChangeTally {

    /** One contributor's part of the run; bars are numbered from 1. */
    public static final class Part {
        private int added;
        private long firstBar = Long.MAX_VALUE;
        private long lastBar = Long.MIN_VALUE;
        private final Set<UUID> changed = new HashSet<>();
        private int deleted;
        private @Nullable UUID submittedBy;

        public int added() {
            return added;
        }

        public long firstBar() {
            return firstBar;
        }

        public long lastBar() {
            return lastBar;
        }

        public int changed() {
            return changed.size();
        }

        public int deleted() {
            return deleted;
        }

        public @Nullable UUID submittedBy() {
            return submittedBy;
        }
    }

    private final Map<Contributor, Part> parts = new LinkedHashMap<>();
    private final int ticksPerBar;

    public ChangeTally(int ticksPerBar) {
        this.ticksPerBar = ticksPerBar;
    }

    public static ChangeTally of(List<HistoryOp> ops, int ticksPerBar) {
        ChangeTally tally = new ChangeTally(ticksPerBar);
        ops.forEach(tally::count);
        return tally;
    }

    public Map<Contributor, Part> parts() {
        return parts;
    }

    public boolean isEmpty() {
        return parts.isEmpty();
    }

    void count(HistoryOp entry) {
        if (entry.author() == null) {
            return;
        }
        Part part = parts.computeIfAbsent(entry.author(), c -> new Part());
        part.submittedBy = entry.submittedBy();
        switch (entry.op()) {
            case EditOp.AddNotes add -> add.notes().forEach(note -> added(part, note));
            case EditOp.UpdateNotes update -> update.changes().stream().map(NoteChange::id).forEach(part.changed::add);
            case EditOp.DeleteNotes delete -> part.deleted += delete.ids().size();
        }
    }

    private void added(Part part, Note note) {
        part.added++;
        long bar = note.start() / ticksPerBar + 1;
        part.firstBar = Math.min(part.firstBar, bar);
        part.lastBar = Math.max(part.lastBar, bar);
    }
}
