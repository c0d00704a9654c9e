package app.tutti.ai.service;

import app.tutti.ai.domain.ClaimedJob;
import app.tutti.ai.domain.GenerationStatus;
import app.tutti.ai.model.MusicModel;
import app.tutti.ai.model.TorchThreads;
import app.tutti.ai.translate.GenerationCallback;
import app.tutti.ai.translate.Generator;
import app.tutti.ai.translate.Sampler;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An AI-worker node's loop ({@code tutti.role=ai-worker}): each of its threads claims a job from
 * the job table, generates with one PyTorch thread, renews the lease while it works (and stops if
 * the lease was lost or cancel was asked for) and writes the result through {@link RemoteJobs}.
 * A node that dies leaves its jobs to others once their leases run out.
 */
public final class RemoteJobWorker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RemoteJobWorker.class);

    private final RemoteJobs jobs;
    private final ModelFiles files;
    private final Generator generator;
    private final Clock clock;
    private final Duration pollInterval;
    private final String name;
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean closed;

    RemoteJobWorker(RemoteJobs jobs, ModelFiles files, MusicModel model, Clock clock, Duration pollInterval,
            String name) {
        this.jobs = jobs;
        this.files = files;
        this.generator = new Generator(model);
        this.clock = clock;
        this.pollInterval = pollInterval;
        this.name = name;
    }

    /** Starts {@code threads} claiming threads. */
    void start(int count) {
        for (int i = 0; i < count; i++) {
            String threadName = name + "-" + i;
            Thread thread = Thread.ofPlatform().name(threadName).daemon().unstarted(() -> serve(threadName));
            threads.add(thread);
            thread.start();
        }
        log.info("AI worker {} started with {} threads, polling every {}", name, count, pollInterval);
    }

    private void serve(String worker) {
        new TorchThreads(1).apply();
        while (!closed) {
            try {
                Optional<ClaimedJob> job = jobs.claim(worker);
                if (job.isPresent()) {
                    run(job.get());
                } else {
                    Thread.sleep(pollInterval);
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                log.warn("AI worker {} could not claim or finish a job; trying again", worker, e);
                sleepQuietly();
            }
        }
    }

    private void run(ClaimedJob job) {
        var task = job.task();
        Duration renewEvery = jobs.lease().dividedBy(3);
        Instant[] nextRenewal = {clock.instant().plus(renewEvery)};
        boolean[] lost = {false};
        boolean[] cancelled = {false};
        GenerationCallback stopRule = task.stopRule(files.tokenizer());
        GenerationCallback callback = (token, generated) -> {
            if (closed) {
                return false;
            }
            if (clock.instant().isAfter(nextRenewal[0])) {
                nextRenewal[0] = clock.instant().plus(renewEvery);
                Optional<Boolean> cancel = jobs.renew(job, generated);
                lost[0] = cancel.isEmpty();
                cancelled[0] = cancel.orElse(false);
                if (lost[0] || cancelled[0]) {
                    return false;
                }
            }
            return stopRule.onToken(token, generated);
        };
        try {
            int[] tokens = generator.continuePrompt(task.prompt(), task.maxTokens(),
                    new Sampler(task.sampling(), task.seed()), task.constraint(files.tokenizer()), callback);
            if (closed) {
                return;
            }
            boolean written = cancelled[0] ? jobs.end(job, GenerationStatus.CANCELLED, "Cancelled after "
                    + tokens.length + " tokens.") : !lost[0] && jobs.complete(job, tokens);
            if (!written) {
                log.info("Job {} attempt {} lost its lease; its result was dropped", job.generationId(), job.attempt());
            }
        } catch (RuntimeException e) {
            log.warn("Job {} failed", job.generationId(), e);
            jobs.end(job, GenerationStatus.FAILED, "The AI model failed: " + e.getMessage());
        }
    }

    private void sleepQuietly() {
        try {
            Thread.sleep(pollInterval);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops claiming; a job in progress stops at its next token and is left to the lease (another node takes it). */
    @Override
    public void close() {
        closed = true;
        threads.forEach(Thread::interrupt);
        for (Thread thread : threads) {
            try {
                thread.join(Duration.ofSeconds(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
