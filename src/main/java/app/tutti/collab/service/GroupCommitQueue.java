package app.tutti.collab.service;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The operations of one project waiting to be committed, and who commits them (leader/follower,
 * no thread of its own). A submitter that finds nobody committing leads: it takes everything
 * queued (its own operation included), commits it as one batch, tells each submitter its outcome,
 * and hands the lead to the first operation queued meanwhile, whose submitter then does the same.
 * So every leader commits exactly one batch, the one holding its own operation, and nobody waits
 * for more than the batch before its own. A batch whose commit fails fails all of its operations.
 */
final class GroupCommitQueue {

    private static final class Waiting {
        final QueuedOp op;
        final CompletableFuture<QueuedOp.Outcome> outcome = new CompletableFuture<>();
        final CompletableFuture<Void> lead = new CompletableFuture<>();

        Waiting(QueuedOp op) {
            this.op = op;
        }
    }

    private final ArrayDeque<Waiting> queue = new ArrayDeque<>();
    private boolean committing;

    /**
     * Queues {@code op} and returns its outcome once its batch has committed (or failed).
     * {@code commit} runs in a transaction of its own and returns one outcome per operation, in order.
     */
    QueuedOp.Outcome submit(QueuedOp op, Function<List<QueuedOp>, List<QueuedOp.Outcome>> commit) {
        Waiting mine = new Waiting(op);
        boolean leads;
        synchronized (this) {
            queue.add(mine);
            leads = !committing;
            committing = true;
        }
        if (!leads) {
            CompletableFuture.anyOf(mine.outcome, mine.lead).join();
            if (mine.outcome.isDone()) {
                return mine.outcome.join();
            }
        }
        commitQueued(commit);
        return mine.outcome.join();
    }

    /** How many operations wait for the next batch (the one committing now is not counted). */
    synchronized int waiting() {
        return queue.size();
    }

    /** Whether nothing is queued or committing (the queue may be dropped). */
    synchronized boolean isIdle() {
        return !committing && queue.isEmpty();
    }

    private void commitQueued(Function<List<QueuedOp>, List<QueuedOp.Outcome>> commit) {
        List<Waiting> batch;
        synchronized (this) {
            batch = new ArrayList<>(queue);
            queue.clear();
        }
        try {
            List<QueuedOp.Outcome> outcomes = commit.apply(batch.stream().map(w -> w.op).toList());
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).outcome.complete(outcomes.get(i));
            }
        } catch (RuntimeException | Error e) {
            RuntimeException failure = e instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException("The commit of a batch of edits failed.", e);
            batch.forEach(w -> w.outcome.complete(QueuedOp.Outcome.refusedFor(failure)));
            if (e instanceof Error error) {
                throw error;
            }
        } finally {
            handOver();
        }
    }

    private synchronized void handOver() {
        Waiting next = queue.peek();
        if (next == null) {
            committing = false;
        } else {
            next.lead.complete(null);
        }
    }
}
