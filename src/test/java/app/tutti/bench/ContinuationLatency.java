package app.tutti.bench;

import app.tutti.ai.model.MusicModel;
import app.tutti.ai.model.TorchThreads;
import app.tutti.ai.token.RemiTokenizer;
import app.tutti.ai.token.RemiVocabulary;
import app.tutti.ai.token.TokenType;
import app.tutti.ai.train.DataSplit;
import app.tutti.ai.train.Pop909Dataset;
import app.tutti.ai.train.SongDataset;
import app.tutti.ai.translate.Generator;
import app.tutti.ai.translate.Sampler;
import app.tutti.ai.translate.SamplingSettings;
import app.tutti.ai.translate.StopAfterBars;
import app.tutti.ai.translate.TokenConstraint;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Latency of one 4-bar continuation (at most 256 tokens) by the shipped model, one request at a
 * time, one PyTorch thread, KV cache on: prompts are the first 8 bars of POP909 validation songs.
 */
final class ContinuationLatency {

    private static final int WARM_UP = 5;
    static final int MAX_TOKENS = 256;
    static final int CONTINUATION_BARS = 4;

    private ContinuationLatency() {
    }

    static String measure(Path modelDir, int requests) throws IOException {
        System.setProperty(TorchThreads.PROPERTY, "1");
        RemiTokenizer tokenizer = new RemiTokenizer(RemiVocabulary.readFrom(modelDir.resolve("vocabulary.txt")));
        int bar = tokenizer.vocabulary().id(TokenType.BAR);
        List<int[]> prompts = prompts(tokenizer);
        List<Double> millis = new ArrayList<>();
        long tokens = 0;
        try (MusicModel model = MusicModel.load(modelDir)) {
            Generator generator = new Generator(model);
            for (int i = 0; i < WARM_UP + requests; i++) {
                long started = System.nanoTime();
                int[] written = generator.continuePrompt(prompts.get(i % prompts.size()), MAX_TOKENS,
                        new Sampler(new SamplingSettings(1.0f, 0, 0.95f, 0), i), TokenConstraint.NONE,
                        new StopAfterBars(bar, CONTINUATION_BARS));
                if (i >= WARM_UP) {
                    millis.add((System.nanoTime() - started) / 1e6);
                    tokens += written.length;
                }
            }
        }
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return String.format(Locale.ROOT, "| %d requests | %.0f tokens per continuation | p50 %.0f ms | p99 %.0f ms |"
                + " max %.0f ms |%n", requests, (double) tokens / requests, Percentiles.percentile(sorted, 50),
                Percentiles.percentile(sorted, 99), sorted[sorted.length - 1]);
    }

    /** Prompts of 8 bars from the POP909 validation songs. */
    static List<int[]> prompts(RemiTokenizer tokenizer) {
        return Pop909Dataset.builder().dataDir(SongDataset.DEFAULT_DATA_DIR).split(DataSplit.VALIDATION)
                .build().sequences(tokenizer).stream()
                .map(tokens -> prompt(tokenizer, tokens.stream().mapToInt(Integer::intValue).toArray())).toList();
    }

    /** The first 8 bars, or the first 200 tokens of a song too short for that. */
    private static int[] prompt(RemiTokenizer tokenizer, int[] tokens) {
        int ninthBar = tokenizer.startOfBar(tokens, 9);
        return Arrays.copyOf(tokens, ninthBar >= 0 ? ninthBar : Math.min(tokens.length, 200));
    }
}
