package app.tutti.ai.worker;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * The pool's Micrometer meters, shown in {@code /actuator/prometheus} as {@code tutti_ai_queue_depth},
 * {@code tutti_ai_workers_busy}, {@code tutti_ai_queue_wait_seconds}, {@code tutti_ai_generation_seconds}
 * (by outcome), {@code tutti_ai_tokens_total}, {@code tutti_ai_tokens_per_second} and
 * {@code tutti_ai_rejections_total} (by reason).
 */
final class PoolMetrics {

    private final MeterRegistry registry;
    private final Timer queueWait;
    private final Counter tokens;
    private final DistributionSummary tokensPerSecond;

    PoolMetrics(MeterRegistry registry, Supplier<Number> queueDepth, Supplier<Number> busyWorkers) {
        this.registry = registry;
        Gauge.builder("tutti.ai.queue.depth", queueDepth).description("Requests waiting for a worker")
                .register(registry);
        Gauge.builder("tutti.ai.workers.busy", busyWorkers).description("Workers generating right now")
                .register(registry);
        queueWait = Timer.builder("tutti.ai.queue.wait").description("Time from submission until a worker starts")
                .publishPercentileHistogram().register(registry);
        tokens = Counter.builder("tutti.ai.tokens").description("Tokens generated").register(registry);
        tokensPerSecond = DistributionSummary.builder("tutti.ai.tokens.per.second")
                .description("Generation speed of each finished request").register(registry);
    }

    void waited(Duration wait) {
        queueWait.record(wait);
    }

    void generated(InferenceState outcome, int tokenCount, Duration took) {
        Timer.builder("tutti.ai.generation").description("Time a worker spent on a request")
                .tag("outcome", outcome.name().toLowerCase(java.util.Locale.ROOT))
                .publishPercentileHistogram().register(registry).record(took);
        tokens.increment(tokenCount);
        if (tokenCount > 0 && !took.isZero()) {
            tokensPerSecond.record(tokenCount / (took.toNanos() / 1e9));
        }
    }

    void rejected(PoolRejectedException.Reason reason) {
        Counter.builder("tutti.ai.rejections").description("Requests turned away").tag("reason", reason.tag())
                .register(registry).increment();
    }
}
