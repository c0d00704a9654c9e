package app.tutti.history.service;

import app.tutti.base.domain.ProjectId;
import app.tutti.collab.domain.OpLogEntry;
import app.tutti.collab.service.OpCommitted;
import app.tutti.history.domain.HistoryOpRepository;
import app.tutti.history.domain.VersionKind;
import app.tutti.history.domain.VersionRepository;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Records an automatic version at the end of each burst of editing: when an operation arrives
 * after the project was idle for at least {@link #IDLE}, the state before it becomes a version.
 * Runs after the edit committed, in its own transaction and as the editing user (who may read
 * the project), so it can never fail an edit.
 */
@Component
class AutoVersioning {

    static final Duration IDLE = Duration.ofMinutes(10);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final HistoryOpRepository ops;
    private final VersionRepository versions;
    private final VersionRecorder recorder;
    private final HistoryAccess access;

    AutoVersioning(HistoryOpRepository ops, VersionRepository versions, VersionRecorder recorder,
            HistoryAccess access) {
        this.ops = ops;
        this.versions = versions;
        this.recorder = recorder;
        this.access = access;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onCommitted(OpCommitted committed) {
        OpLogEntry entry = committed.entry();
        long previous = entry.seq() - 1;
        if (previous < 1 || versions.findLatestSeq(entry.projectId()).orElse(0L) >= previous) {
            return;
        }
        ops.findTimeBySeq(entry.projectId(), previous)
                .filter(at -> !at.plus(IDLE).isAfter(entry.at()))
                .ifPresent(at -> record(entry.projectId(), previous, at));
    }

    private void record(ProjectId projectId, long seq, Instant lastEdit) {
        recorder.record(access.readable(projectId), seq, VersionKind.AUTO, "Edits until " + TIME.format(lastEdit),
                null);
    }
}
