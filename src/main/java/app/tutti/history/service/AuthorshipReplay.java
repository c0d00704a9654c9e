package app.tutti.history.service;

import app.tutti.base.domain.ProjectId;
import app.tutti.history.domain.Authorship;
import app.tutti.history.domain.AuthorshipCheckpointRepository;
import app.tutti.history.domain.HistoryOp;
import app.tutti.history.domain.HistoryOpRepository;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Builds {@link Authorship} at any sequence number: the nearest stored checkpoint at or before it,
 * plus the log after that. A replay of more than {@link #CHECKPOINT_AFTER} operations stores its
 * result, so the next one at or after that point is short. It checks no permission: callers do.
 */
@Component
class AuthorshipReplay {

    static final int CHECKPOINT_AFTER = 500;

    private final AuthorshipCheckpointRepository checkpoints;
    private final HistoryOpRepository ops;
    private final AuthorshipCache cache;

    AuthorshipReplay(AuthorshipCheckpointRepository checkpoints, HistoryOpRepository ops, AuthorshipCache cache) {
        this.checkpoints = checkpoints;
        this.ops = ops;
        this.cache = cache;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    Authorship at(ProjectId projectId, long seq) {
        Authorship start = nearest(projectId, seq);
        Authorship authorship = start;
        List<HistoryOp> tail = ops.findByProjectIdInRangeOrderBySeq(projectId, authorship.seq(), seq);
        tail.forEach(authorship::apply);
        authorship.advanceTo(seq);
        if (tail.size() > CHECKPOINT_AFTER && writable()) {
            checkpoints.insert(projectId, authorship);
        }
        cacheAfterCommit(projectId, authorship);
        return authorship;
    }

    /** The cached state when it is closer than the nearest checkpoint, else that checkpoint (or the start). */
    private Authorship nearest(ProjectId projectId, long seq) {
        Optional<Authorship> cached = cache.copyAtOrBefore(projectId, seq);
        long stored = checkpoints.findLatestSeqAtOrBefore(projectId, seq).orElse(0L);
        if (cached.isPresent() && cached.get().seq() >= stored) {
            return cached.get();
        }
        return stored == 0 ? new Authorship() : checkpoints.findBySeq(projectId, stored).orElseGet(Authorship::new);
    }

    /** Only committed states are cached: operations of a transaction that rolls back are not part of the log. */
    private void cacheAfterCommit(ProjectId projectId, Authorship authorship) {
        Authorship copy = authorship.copy();
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            cache.offer(projectId, copy);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                cache.offer(projectId, copy);
            }
        });
    }

    /** A read-only transaction (e.g. an export) still gets the answer, just without storing a checkpoint. */
    private static boolean writable() {
        return !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
    }

    /** Makes sure a checkpoint exists exactly at {@code seq}, e.g. for a new version. */
    @Transactional(propagation = Propagation.MANDATORY)
    Authorship checkpointAt(ProjectId projectId, long seq) {
        Authorship authorship = at(projectId, seq);
        if (seq > 0 && writable()) {
            checkpoints.insert(projectId, authorship);
        }
        return authorship;
    }
}
