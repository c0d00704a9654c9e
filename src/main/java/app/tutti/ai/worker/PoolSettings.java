package app.tutti.ai.worker;

import java.time.Duration;

/**
 * How the worker pool is sized and limited.
 *
 * @param workers inference threads, each using one PyTorch thread
 * @param queueCapacity requests that may wait (not counting running ones) before new ones are turned away
 * @param requestTimeout longest a request may take from submission to its last token
 * @param rateLimitRequests requests one user may make per {@code rateLimitWindow}
 * @param rateLimitWindow the sliding window of the rate limit
 * @param projectConcurrency requests of one project that may be queued or running at once
 */
public record PoolSettings(int workers, int queueCapacity, Duration requestTimeout, int rateLimitRequests,
        Duration rateLimitWindow, int projectConcurrency) {

    public PoolSettings {
        if (workers < 1 || queueCapacity < 1 || rateLimitRequests < 1 || projectConcurrency < 1) {
            throw new IllegalArgumentException("Workers, queue capacity and limits must be at least 1: workers="
                    + workers + ", queue=" + queueCapacity + ", rate=" + rateLimitRequests + ", project="
                    + projectConcurrency);
        }
        if (requestTimeout.isNegative() || requestTimeout.isZero() || rateLimitWindow.isNegative()
                || rateLimitWindow.isZero()) {
            throw new IllegalArgumentException("Timeout and rate-limit window must be positive");
        }
    }

    /**
     * One worker per core: generation comes in bursts and the web server mostly waits on the network,
     * so sharing the cores costs the UI little, while on 2 cores one worker cannot serve 20 users
     * within 5 s (docs/benchmarks.md).
     */
    public static int defaultWorkers() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }
}
