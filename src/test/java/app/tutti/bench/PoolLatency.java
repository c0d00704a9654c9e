package app.tutti.bench;

import app.tutti.ai.model.MusicModel;
import app.tutti.ai.token.RemiTokenizer;
import app.tutti.ai.token.RemiVocabulary;
import app.tutti.ai.token.TokenType;
import app.tutti.ai.translate.SamplingSettings;
import app.tutti.ai.translate.StopAfterBars;
import app.tutti.ai.translate.TokenConstraint;
import app.tutti.ai.worker.InferenceHandle;
import app.tutti.ai.worker.InferenceRequest;
import app.tutti.ai.worker.ModelWorkerPool;
import app.tutti.ai.worker.PoolSettings;
import app.tutti.base.domain.ProjectId;
import app.tutti.base.domain.UserId;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * A burst through the worker pool: {@code users} users each ask for a 4-bar continuation (at most
 * 256 tokens, prompts of 8 POP909 validation bars) at the same moment. Latency is from submission
 * to the last token, queueing included; throughput is all tokens over the time the burst took.
 */
final class PoolLatency {

    private static final int WARM_UP = 3;

    private PoolLatency() {
    }

    static String measure(Path modelDir, int users, int workers) throws IOException {
        RemiTokenizer tokenizer = new RemiTokenizer(RemiVocabulary.readFrom(modelDir.resolve("vocabulary.txt")));
        int bar = tokenizer.vocabulary().id(TokenType.BAR);
        List<int[]> prompts = ContinuationLatency.prompts(tokenizer);
        PoolSettings settings = new PoolSettings(workers, 64, Duration.ofSeconds(60), 20, Duration.ofMinutes(1), 4);
        try (MusicModel model = MusicModel.load(modelDir);
                ModelWorkerPool pool = new ModelWorkerPool(settings, model, Clock.systemUTC(), new SimpleMeterRegistry())) {
            for (int i = 0; i < WARM_UP; i++) {
                submit(pool, prompts.get(i), bar, i).join();
            }
            long burstStart = System.nanoTime();
            List<CompletableFuture<Double>> latencies = new ArrayList<>();
            long[] tokens = new long[users];
            for (int user = 0; user < users; user++) {
                int index = user;
                long submitted = System.nanoTime();
                latencies.add(submit(pool, prompts.get((WARM_UP + user) % prompts.size()), bar, user)
                        .thenApply(written -> {
                            tokens[index] = written.length;
                            return (System.nanoTime() - submitted) / 1e6;
                        }));
            }
            double[] sorted = latencies.stream().mapToDouble(CompletableFuture::join).sorted().toArray();
            double seconds = (System.nanoTime() - burstStart) / 1e9;
            long total = java.util.Arrays.stream(tokens).sum();
            return String.format(Locale.ROOT, "| %d users at once | %d | %.0f | %.0f ms | %.0f ms | %.0f ms | %.0f ms"
                    + " | %s | %.0f tokens/s |%n", users, workers, (double) total / users,
                    Percentiles.percentile(sorted, 50), Percentiles.percentile(sorted, 90),
                    Percentiles.percentile(sorted, 99), sorted[sorted.length - 1],
                    sorted[sorted.length - 1] <= 5000 ? "yes" : "no", total / seconds);
        }
    }

    private static CompletableFuture<int[]> submit(ModelWorkerPool pool, int[] prompt, int bar, long seed) {
        InferenceHandle handle = pool.submit(new InferenceRequest(new UserId(UUID.randomUUID()), ProjectId.random(),
                prompt, ContinuationLatency.MAX_TOKENS, new SamplingSettings(1.0f, 0, 0.95f, 0), seed,
                TokenConstraint.NONE, new StopAfterBars(bar, ContinuationLatency.CONTINUATION_BARS), null));
        return handle.result();
    }
}
