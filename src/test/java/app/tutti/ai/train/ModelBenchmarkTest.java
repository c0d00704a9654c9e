package app.tutti.ai.train;

import app.tutti.ai.model.ModelConfig;
import app.tutti.ai.model.MusicModel;
import app.tutti.ai.translate.GenerationCallback;
import app.tutti.ai.translate.Generator;
import app.tutti.ai.translate.Sampler;
import app.tutti.ai.translate.SamplingSettings;
import app.tutti.ai.translate.TokenConstraint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Training and generation speed of a model size on random tokens. Off by default; run one size per JVM:
 * {@code ./mvnw -B -o -q test -Dtest=ModelBenchmarkTest -Dtutti.benchmark=d128 -Dtutti.ai.threads=2}
 * (or {@code d256}). Prints tokens/s, ms per generated token and the process's peak RSS.
 */
@EnabledIfSystemProperty(named = "tutti.benchmark", matches = "d128|d256")
class ModelBenchmarkTest {

    private static final Logger log = LoggerFactory.getLogger(ModelBenchmarkTest.class);
    private static final int VOCAB = 400;

    @TempDir
    Path directory;

    @Test
    void measure_training_and_generation_speed() throws IOException {
        boolean small = "d128".equals(System.getProperty("tutti.benchmark"));
        ModelConfig config = small ? ModelConfig.of(VOCAB, 128, 4, 2, 256) : ModelConfig.of(VOCAB, 256, 8, 4, 512);
        int batch = small ? 16 : 8;
        int steps = Integer.getInteger("tutti.benchmark.steps", 30);
        TrainingArguments arguments = TrainingArguments.of(config, steps).withBatchSize(batch)
                .withCheckpoints(directory, 1000).withLogEvery(10);
        List<int[]> data = List.of(new Random(1).ints(200_000, 0, VOCAB).toArray());
        TrainingResult result = new TrainMusicTransformer(arguments)
                .fit(new TokenBatches(data, config.context(), VOCAB), null);
        log.info("BENCHMARK {} batch {}: {} steps, {} tokens/s, {} s per step, wall {}", config, batch, steps,
                Math.round(result.tokensPerSecond()), String.format("%.3f", arguments.tokensPerStep()
                        / result.tokensPerSecond()), result.wallTime());
        try (MusicModel model = MusicModel.load(directory)) {
            measureGeneration(model, 64, 256);
        }
        log.info("BENCHMARK peak RSS {}", Files.readAllLines(Path.of("/proc/self/status")).stream()
                .filter(l -> l.startsWith("VmHWM")).findFirst().orElse("unknown"));
    }

    private static void measureGeneration(MusicModel model, int promptLength, int tokens) {
        Generator generator = new Generator(model);
        int[] prompt = new Random(2).ints(promptLength, 0, VOCAB).toArray();
        Sampler sampler = new Sampler(new SamplingSettings(1, 0, 0.95f, 0.05f), 3);
        generator.continuePrompt(prompt, 128, sampler, TokenConstraint.NONE, GenerationCallback.CONTINUE);
        long[] firstTokenAt = new long[1];
        long started = System.nanoTime();
        generator.continuePrompt(prompt, tokens, sampler, TokenConstraint.NONE, (token, count) -> {
            if (count == 1) {
                firstTokenAt[0] = System.nanoTime();
            }
            return true;
        });
        long ended = System.nanoTime();
        log.info("BENCHMARK generation: prompt of {} read in {} ms, then {} ms per token ({} tokens)", promptLength,
                String.format("%.1f", (firstTokenAt[0] - started) / 1e6),
                String.format("%.2f", (ended - firstTokenAt[0]) / 1e6 / (tokens - 1)), tokens);
    }
}
