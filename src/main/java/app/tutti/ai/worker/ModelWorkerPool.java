package app.tutti.ai.worker;

import app.tutti.ai.model.MusicModel;
import app.tutti.ai.model.TorchThreads;
import app.tutti.ai.translate.GenerationCallback;
import app.tutti.ai.translate.Generator;
import app.tutti.ai.translate.Sampler;
import app.tutti.base.domain.ProjectId;
import app.tutti.base.domain.UserId;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * N worker threads generating tokens with one shared model (each forward pass gets its own native
 * memory, and each worker thread its own PyTorch thread setting: one intra-op thread). Requests
 * wait in a bounded {@link FairQueue}; admission checks the user's rate limit, the project's
 * concurrency limit and the queue's capacity, in that order, and turns a request away with a
 * {@link PoolRejectedException} that says why. A worker checks cancel and the deadline after
 * every token, so both stop the token loop itself. An exception fails only its own request.
 */
public final class ModelWorkerPool implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ModelWorkerPool.class);

    private final PoolSettings settings;
    private final Generator generator;
    private final Clock clock;
    private final PoolMetrics metrics;
    private final FairQueue<InferenceHandle> queue = new FairQueue<>();
    private final UserRateLimit rateLimit;
    private final Map<ProjectId, Integer> activeByProject = new HashMap<>();
    private final AtomicInteger busy = new AtomicInteger();
    private final List<Thread> workers = new ArrayList<>();
    private final Set<InferenceHandle> running = ConcurrentHashMap.newKeySet();
    private boolean closed;

    public ModelWorkerPool(PoolSettings settings, MusicModel model, Clock clock, MeterRegistry registry) {
        this.settings = settings;
        this.generator = new Generator(model);
        this.clock = clock;
        this.rateLimit = new UserRateLimit(settings.rateLimitRequests(), settings.rateLimitWindow());
        this.metrics = new PoolMetrics(registry, this::queueDepth, busy::get);
        for (int i = 0; i < settings.workers(); i++) {
            Thread worker = Thread.ofPlatform().name("ai-worker-" + i).daemon().unstarted(this::serve);
            workers.add(worker);
            worker.start();
        }
        log.info("AI worker pool: {} workers, queue of {}, timeout {}", settings.workers(), settings.queueCapacity(),
                settings.requestTimeout());
    }

    public PoolSettings settings() {
        return settings;
    }

    /** Queues the request, or throws {@link PoolRejectedException} with a message for the user. */
    public InferenceHandle submit(InferenceRequest request) {
        return submit(request, progress -> { });
    }

    /** Queues the request with a progress listener that hears every change from the start. */
    public synchronized InferenceHandle submit(InferenceRequest request, Consumer<InferenceProgress> listener) {
        Instant now = clock.instant();
        if (closed) {
            throw reject(PoolRejectedException.Reason.SHUT_DOWN, "The AI is shutting down. Please try again soon.");
        }
        if (!rateLimit.tryAcquire(request.user(), now)) {
            throw reject(PoolRejectedException.Reason.RATE_LIMITED, "You have made " + settings.rateLimitRequests()
                    + " AI requests in the last " + describe(settings.rateLimitWindow())
                    + ". Please wait a little before asking again.");
        }
        int active = activeByProject.getOrDefault(request.project(), 0);
        if (active >= settings.projectConcurrency()) {
            rateLimit.release(request.user());
            throw reject(PoolRejectedException.Reason.PROJECT_BUSY, "This project already has " + active
                    + " AI requests waiting or running. Wait for one to finish, or cancel one.");
        }
        if (queue.size() >= settings.queueCapacity()) {
            rateLimit.release(request.user());
            throw reject(PoolRejectedException.Reason.QUEUE_FULL, "The AI is busy right now. Please try again in a "
                    + "moment.");
        }
        Duration timeout = request.timeout() != null && request.timeout().compareTo(settings.requestTimeout()) < 0
                ? request.timeout() : settings.requestTimeout();
        InferenceHandle handle = new InferenceHandle(this, request, now, now.plus(timeout));
        handle.onProgress(listener);
        activeByProject.merge(request.project(), 1, Integer::sum);
        queue.add(request.user(), handle);
        notifyAll();
        return handle;
    }

    public synchronized int queueDepth() {
        return queue.size();
    }

    public int busyWorkers() {
        return busy.get();
    }

    synchronized int queuePosition(InferenceHandle handle) {
        return queue.position(handle.request().user(), handle);
    }

    void cancelQueued(InferenceHandle handle) {
        boolean removed;
        synchronized (this) {
            removed = queue.remove(handle.request().user(), handle);
            if (removed) {
                release(handle.request().project());
            }
        }
        if (removed) {
            handle.fail(InferenceState.CANCELLED, "Cancelled before it started.");
            notifyWaiting();
        }
    }

    private void serve() {
        new TorchThreads(1).apply();
        while (true) {
            InferenceHandle handle;
            try {
                handle = next();
            } catch (InterruptedException e) {
                return;
            }
            notifyWaiting();
            busy.incrementAndGet();
            running.add(handle);
            Ending ending;
            try {
                ending = run(handle);
            } finally {
                running.remove(handle);
                busy.decrementAndGet();
                synchronized (this) {
                    release(handle.request().project());
                }
            }
            ending.complete(handle);
        }
    }

    private synchronized InferenceHandle next() throws InterruptedException {
        while (!closed && queue.size() == 0) {
            wait();
        }
        if (closed) {
            throw new InterruptedException("pool closed");
        }
        return queue.poll();
    }

    /** How a request ended; applied to its handle after its slot is free, so a waiting caller can go on at once. */
    private record Ending(InferenceState state, int[] tokens, String message) {

        void complete(InferenceHandle handle) {
            if (state == InferenceState.DONE) {
                handle.succeed(tokens);
            } else {
                handle.fail(state, message);
            }
        }
    }

    private Ending run(InferenceHandle handle) {
        InferenceRequest request = handle.request();
        Instant start = clock.instant();
        metrics.waited(Duration.between(handle.submittedAt(), start));
        if (start.isAfter(handle.deadline())) {
            return new Ending(InferenceState.TIMED_OUT, new int[0],
                    "The AI was too busy to start in time. Please try again.");
        }
        handle.running();
        boolean[] timedOut = {false};
        GenerationCallback callback = (token, generated) -> {
            handle.tokens(generated);
            if (handle.cancelRequested()) {
                return false;
            }
            if (clock.instant().isAfter(handle.deadline())) {
                timedOut[0] = true;
                return false;
            }
            return request.stopRule().onToken(token, generated);
        };
        long started = System.nanoTime();
        try {
            int[] tokens = generator.continuePrompt(request.prompt(), request.maxTokens(),
                    new Sampler(request.sampling(), request.seed()), request.constraint(), callback);
            InferenceState outcome = handle.cancelRequested() ? InferenceState.CANCELLED
                    : timedOut[0] ? InferenceState.TIMED_OUT : InferenceState.DONE;
            metrics.generated(outcome, tokens.length, Duration.ofNanos(System.nanoTime() - started));
            return switch (outcome) {
                case CANCELLED -> new Ending(outcome, tokens, "Cancelled after " + tokens.length + " tokens.");
                case TIMED_OUT -> new Ending(outcome, tokens, "The AI took longer than "
                        + describe(settings.requestTimeout()) + " and was stopped. Try fewer bars.");
                default -> new Ending(outcome, tokens, "");
            };
        } catch (RuntimeException e) {
            log.warn("Inference {} failed", handle.id(), e);
            metrics.generated(InferenceState.FAILED, 0, Duration.ofNanos(System.nanoTime() - started));
            return new Ending(InferenceState.FAILED, new int[0], "The AI model failed: " + e.getMessage());
        }
    }

    private void release(ProjectId project) {
        activeByProject.computeIfPresent(project, (p, n) -> n > 1 ? n - 1 : null);
    }

    /** Tells waiting requests their queue position moved. */
    private void notifyWaiting() {
        List<InferenceHandle> waiting;
        synchronized (this) {
            waiting = queue.snapshot();
        }
        waiting.forEach(InferenceHandle::notifyListeners);
    }

    private PoolRejectedException reject(PoolRejectedException.Reason reason, String message) {
        metrics.rejected(reason);
        return new PoolRejectedException(reason, message);
    }

    private static String describe(Duration duration) {
        long seconds = duration.toSeconds();
        return seconds % 60 == 0 && seconds > 0 ? seconds / 60 + " min" : seconds + " s";
    }

    /**
     * Cancels waiting and running requests and waits (a few seconds at most) for the workers to
     * stop, so the model's native memory can be freed after this returns.
     */
    @Override
    public void close() {
        List<InferenceHandle> waiting;
        synchronized (this) {
            closed = true;
            waiting = queue.drain();
            activeByProject.clear();
            notifyAll();
        }
        waiting.forEach(handle -> handle.fail(InferenceState.CANCELLED, "The AI was shut down."));
        running.forEach(InferenceHandle::cancel);
        for (Thread worker : workers) {
            try {
                worker.join(Duration.ofSeconds(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
