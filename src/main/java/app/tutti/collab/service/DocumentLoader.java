package app.tutti.collab.service;

import app.tutti.base.domain.ProjectId;
import app.tutti.collab.domain.OpLogRepository;
import app.tutti.collab.domain.SnapshotRepository;
import app.tutti.composition.domain.NoteDocument;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Rebuilds a project's notes from its latest snapshot plus the log after it, or brings a known state forward. */
@Component
class DocumentLoader {

    record Loaded(long seq, NoteDocument document) {
    }

    private final OpLogRepository log;
    private final SnapshotRepository snapshots;

    DocumentLoader(OpLogRepository log, SnapshotRepository snapshots) {
        this.log = log;
        this.snapshots = snapshots;
    }

    Loaded load(ProjectId projectId) {
        var snapshot = snapshots.findLatest(projectId);
        NoteDocument document = new NoteDocument(snapshot.map(SnapshotRepository.Snapshot::notes).orElse(List.of()));
        long seq = snapshot.map(SnapshotRepository.Snapshot::seq).orElse(0L);
        var tail = log.findByProjectIdAfterSeqOrderBySeq(projectId, seq);
        for (var entry : tail) {
            document.apply(entry.op());
            seq = entry.seq();
        }
        return new Loaded(seq, document);
    }

    /**
     * {@code from} brought forward to exactly {@code seq} by the logged operations after it, or
     * empty if the log does not continue it without a gap up to there.
     */
    Optional<NoteDocument> bringForward(ProjectId projectId, Loaded from, long seq) {
        long at = from.seq();
        for (var entry : log.findByProjectIdAfterSeqOrderBySeq(projectId, at)) {
            if (entry.seq() > seq) {
                break;
            }
            if (entry.seq() != at + 1) {
                return Optional.empty();
            }
            from.document().apply(entry.op());
            at = entry.seq();
        }
        return at == seq ? Optional.of(from.document()) : Optional.empty();
    }
}
