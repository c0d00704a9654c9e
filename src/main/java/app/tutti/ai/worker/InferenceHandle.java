package app.tutti.ai.worker;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The caller's side of a submitted request: poll {@link #progress()}, or listen with
 * {@link #onProgress}; wait on {@link #result()} (the generated tokens, or an
 * {@link InferenceFailedException}); {@link #cancel()} stops it at the next token.
 */
public final class InferenceHandle {

    private static final Logger log = LoggerFactory.getLogger(InferenceHandle.class);

    private final UUID id = UUID.randomUUID();
    private final ModelWorkerPool pool;
    private final InferenceRequest request;
    private final Instant submittedAt;
    private final Instant deadline;
    private final CompletableFuture<int[]> result = new CompletableFuture<>();
    private final List<Consumer<InferenceProgress>> listeners = new CopyOnWriteArrayList<>();
    private volatile InferenceState state = InferenceState.QUEUED;
    private volatile int tokensGenerated;
    private volatile boolean cancelRequested;

    InferenceHandle(ModelWorkerPool pool, InferenceRequest request, Instant submittedAt, Instant deadline) {
        this.pool = pool;
        this.request = request;
        this.submittedAt = submittedAt;
        this.deadline = deadline;
    }

    public UUID id() {
        return id;
    }

    public InferenceProgress progress() {
        InferenceState now = state;
        return new InferenceProgress(now, now == InferenceState.QUEUED ? pool.queuePosition(this) : -1,
                tokensGenerated);
    }

    /** The generated tokens; fails with {@link InferenceFailedException} when cancelled, timed out or failed. */
    public CompletableFuture<int[]> result() {
        return result;
    }

    /**
     * Calls {@code listener} on every change (queue position, start, each token, end), on a worker
     * thread: keep it short and hand over to your own thread (a Vaadin UI: {@code ui.access}).
     */
    public void onProgress(Consumer<InferenceProgress> listener) {
        listeners.add(listener);
    }

    /** Stops the request: a waiting one leaves the queue, a running one stops before its next token. */
    public void cancel() {
        cancelRequested = true;
        pool.cancelQueued(this);
    }

    InferenceRequest request() {
        return request;
    }

    Instant submittedAt() {
        return submittedAt;
    }

    Instant deadline() {
        return deadline;
    }

    boolean cancelRequested() {
        return cancelRequested;
    }

    void running() {
        state = InferenceState.RUNNING;
        notifyListeners();
    }

    void tokens(int generated) {
        tokensGenerated = generated;
        notifyListeners();
    }

    void succeed(int[] tokens) {
        tokensGenerated = tokens.length;
        state = InferenceState.DONE;
        notifyListeners();
        result.complete(tokens);
    }

    void fail(InferenceState outcome, String message) {
        state = outcome;
        notifyListeners();
        result.completeExceptionally(new InferenceFailedException(outcome, message));
    }

    void notifyListeners() {
        if (listeners.isEmpty()) {
            return;
        }
        InferenceProgress progress = progress();
        for (Consumer<InferenceProgress> listener : listeners) {
            try {
                listener.accept(progress);
            } catch (RuntimeException e) {
                log.warn("A progress listener of inference {} failed", id, e);
            }
        }
    }
}
