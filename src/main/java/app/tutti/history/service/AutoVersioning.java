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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records an automatic version at the end of each burst of editing: when an operation arrives
 * after the project was idle for at least {@link #IDLE}, the state before it becomes a version.
 * Runs after the edit committed, on a thread of its own, in its own transaction and as the
 * editing user (who may read the project), so it can never fail or slow an edit.
 * <p>
 * Why a thread of its own: the committing thread still holds its database connection while
 * after-commit listeners run. Asking the pool for a second one there deadlocks as soon as as many
 * edits commit at once as the pool has connections (each holds one and waits for another); 20
 * people editing one project stopped for the pool's 30 s timeout at a time.
 */
@Component
class AutoVersioning implements AutoCloseable {

    static final Duration IDLE = Duration.ofMinutes(10);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final Logger log = LoggerFactory.getLogger(AutoVersioning.class);

    private final HistoryOpRepository ops;
    private final VersionRepository versions;
    private final VersionRecorder recorder;
    private final HistoryAccess access;
    private final TransactionTemplate transaction;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("auto-versioning").daemon().factory());

    AutoVersioning(HistoryOpRepository ops, VersionRepository versions, VersionRecorder recorder,
            HistoryAccess access, PlatformTransactionManager transactions) {
        this.ops = ops;
        this.versions = versions;
        this.recorder = recorder;
        this.access = access;
        this.transaction = new TransactionTemplate(transactions);
    }

    @TransactionalEventListener
    void onCommitted(OpCommitted committed) {
        SecurityContext editor = SecurityContextHolder.createEmptyContext();
        // The submitter, not the committing thread's user: a group commit carries other users' operations.
        editor.setAuthentication(committed.submitter() != null ? committed.submitter()
                : SecurityContextHolder.getContext().getAuthentication());
        worker.execute(DelegatingSecurityContextRunnable.create(() -> {
            try {
                transaction.executeWithoutResult(status -> closeBurstBefore(committed.entry()));
            } catch (RuntimeException e) {
                log.warn("No automatic version before op {} of project {}", committed.entry().seq(),
                        committed.entry().projectId(), e);
            }
        }, editor));
    }

    private void closeBurstBefore(OpLogEntry entry) {
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

    /** Lets the checks already handed over finish (the database is closed after this bean). */
    @Override
    public void close() throws InterruptedException {
        worker.shutdown();
        worker.awaitTermination(10, TimeUnit.SECONDS);
    }
}
