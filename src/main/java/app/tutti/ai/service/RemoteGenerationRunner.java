package app.tutti.ai.service;

import app.tutti.ai.domain.Generation;
import app.tutti.ai.domain.GenerationId;
import app.tutti.ai.domain.GenerationJobRepository;
import app.tutti.ai.domain.GenerationRepository;
import app.tutti.ai.domain.GenerationStatus;
import app.tutti.ai.domain.GenerationTask;
import app.tutti.ai.worker.PoolRejectedException;
import app.tutti.ai.worker.PoolSettings;
import app.tutti.base.domain.InvalidInputException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

/**
 * Queues generations for AI-worker nodes ({@code tutti.ai.mode=remote}, and on the worker nodes
 * themselves): a row in the job table
 * per generation; the limits are counted in the database, so they hold across web nodes. Handles
 * follow their generation record by polling it.
 */
@Component
@ConditionalOnExpression("!(" + AiConfig.RUNS_POOL + ")")
class RemoteGenerationRunner implements GenerationRunner, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RemoteGenerationRunner.class);

    private final GenerationJobRepository jobs;
    private final GenerationRepository generations;
    private final RemoteJobs remoteJobs;
    private final PoolSettings settings;
    private final Clock clock;
    private final int maxAttempts;
    private final Map<GenerationId, RemoteHandle> pending = new ConcurrentHashMap<>();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("ai-remote-poller").daemon().factory());

    RemoteGenerationRunner(GenerationJobRepository jobs, GenerationRepository generations, RemoteJobs remoteJobs,
            PoolSettings settings, Clock clock, @Value("${tutti.ai.max-attempts:3}") int maxAttempts,
            @Value("${tutti.ai.poll-interval:500ms}") Duration pollInterval) {
        this.jobs = jobs;
        this.generations = generations;
        this.remoteJobs = remoteJobs;
        this.settings = settings;
        this.clock = clock;
        this.maxAttempts = maxAttempts;
        poller.scheduleWithFixedDelay(this::poll, pollInterval.toMillis(), pollInterval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @Override
    public GenerationHandle start(Generation generation, GenerationTask task) {
        checkLimits(generation);
        jobs.insert(generation.id(), generation.requestedBy(), task, maxAttempts, clock.instant());
        RemoteHandle handle = new RemoteHandle(generation.id());
        pending.put(generation.id(), handle);
        return handle;
    }

    private void checkLimits(Generation generation) {
        int recent = generations.countRequestedBySince(generation.requestedBy(),
                clock.instant().minus(settings.rateLimitWindow()));
        if (recent > settings.rateLimitRequests()) {
            throw new PoolRejectedException(PoolRejectedException.Reason.RATE_LIMITED, "You have made "
                    + settings.rateLimitRequests() + " AI requests in the last " + settings.rateLimitWindow().toSeconds()
                    + " s. Please wait a little before asking again.");
        }
        int active = generations.countInProgressByProjectId(generation.projectId());
        if (active > settings.projectConcurrency()) {
            throw new PoolRejectedException(PoolRejectedException.Reason.PROJECT_BUSY, "This project already has "
                    + (active - 1) + " AI requests waiting or running. Wait for one to finish, or cancel one.");
        }
        if (jobs.countQueued() >= settings.queueCapacity()) {
            throw new PoolRejectedException(PoolRejectedException.Reason.QUEUE_FULL,
                    "The AI is busy right now. Please try again in a moment.");
        }
    }

    @Override
    public void cancel(GenerationId id) {
        remoteJobs.cancel(id);
    }

    private void poll() {
        for (RemoteHandle handle : pending.values()) {
            try {
                handle.refresh();
            } catch (RuntimeException e) {
                log.warn("Could not read the state of generation {}", handle.id, e);
            }
        }
    }

    @Override
    public void close() {
        poller.shutdownNow();
    }

    private final class RemoteHandle implements GenerationHandle {

        private final GenerationId id;
        private final CompletableFuture<Generation> result = new CompletableFuture<>();
        private final CopyOnWriteArrayList<Consumer<GenerationProgress>> listeners = new CopyOnWriteArrayList<>();
        private volatile GenerationProgress last = new GenerationProgress(GenerationStatus.QUEUED, -1, 0);

        RemoteHandle(GenerationId id) {
            this.id = id;
        }

        void refresh() {
            Generation generation = generations.findById(id).orElseThrow();
            GenerationProgress now = new GenerationProgress(generation.status(),
                    generation.status() == GenerationStatus.QUEUED ? jobs.queuePosition(id) : -1,
                    generation.tokensGenerated());
            if (!now.equals(last)) {
                last = now;
                listeners.forEach(listener -> listener.accept(now));
            }
            if (!generation.status().inProgress()) {
                pending.remove(id);
                if (generation.status() == GenerationStatus.FAILED || generation.status() == GenerationStatus.CANCELLED) {
                    result.completeExceptionally(new GenerationFailedException(generation.status(),
                            generation.message() == null ? "The generation ended." : generation.message()));
                } else {
                    result.complete(generation);
                }
            }
        }

        @Override
        public GenerationId id() {
            return id;
        }

        @Override
        public GenerationProgress progress() {
            return last;
        }

        @Override
        public void onProgress(Consumer<GenerationProgress> listener) {
            listeners.add(listener);
        }

        @Override
        public CompletableFuture<Generation> result() {
            return result;
        }

        @Override
        public void cancel() {
            remoteJobs.cancel(id);
        }
    }
}
