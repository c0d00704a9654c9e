package app.tutti.classroom.service;

import app.tutti.base.domain.ProjectId;
import app.tutti.base.domain.UserId;
import app.tutti.collab.domain.OpLogEntry;
import app.tutti.collab.service.OpLogReader;
import app.tutti.composition.domain.EditOp;
import app.tutti.composition.domain.Note;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Reads credits straight from the operation log: a note belongs to whoever added it (to the AI when
 * the add came from a generation) for as long as it exists; moving or reshaping a note does not
 * change its author. An empty author stands for the AI.
 */
@Component
class OpLogWorkCredits implements WorkCredits {

    private final OpLogReader log;

    OpLogWorkCredits(OpLogReader log) {
        this.log = log;
    }

    @Override
    public WorkContributions contributions(ProjectId project, long afterSeq) {
        return tally(log.entries(project), afterSeq);
    }

    static WorkContributions tally(List<OpLogEntry> entries, long afterSeq) {
        Map<UUID, Optional<UserId>> authorOf = new HashMap<>();
        int edits = 0;
        Instant last = null;
        for (OpLogEntry entry : entries) {
            if (entry.seq() <= afterSeq) {
                continue;
            }
            edits++;
            last = entry.at();
            boolean byAi = entry.authorGenerationId() != null;
            Optional<UserId> author = byAi ? Optional.empty() : Optional.ofNullable(entry.author());
            boolean credited = byAi || author.isPresent();
            switch (entry.op()) {
                case EditOp.AddNotes add -> add.notes().stream().map(Note::id).filter(id -> credited)
                        .forEach(id -> authorOf.put(id, author));
                case EditOp.DeleteNotes delete -> delete.ids().forEach(authorOf::remove);
                case EditOp.UpdateNotes update -> { }
            }
        }
        Map<UserId, Integer> notesByUser = new HashMap<>();
        int aiNotes = 0;
        for (Optional<UserId> author : authorOf.values()) {
            if (author.isPresent()) {
                notesByUser.merge(author.get(), 1, Integer::sum);
            } else {
                aiNotes++;
            }
        }
        return new WorkContributions(notesByUser, aiNotes, edits, last);
    }
}
