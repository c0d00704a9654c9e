package app.tutti.ai.train;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Token sequences laid end to end (the tokenizer's start tokens mark where a piece begins), cut
 * into windows of {@code context + 1} tokens: the first {@code context} are the input and the last
 * {@code context} the labels. Training batches take windows at random offsets; the batch of step s
 * depends only on the seed and s, so a resumed run sees the same data as an uninterrupted one.
 * Validation batches are the non-overlapping windows in order.
 */
public final class TokenBatches {

    private final int[] stream;
    private final int context;

    public TokenBatches(List<int[]> sequences, int context, int vocabSize) {
        if (context < 1) {
            throw new IllegalArgumentException("context must be positive");
        }
        this.context = context;
        this.stream = concatenate(sequences, vocabSize);
        if (stream.length < context + 1) {
            throw new IllegalArgumentException("Need at least " + (context + 1) + " tokens, got " + stream.length);
        }
    }

    public long tokenCount() {
        return stream.length;
    }

    public int context() {
        return context;
    }

    /** The batch of step {@code step}: {@code rows} windows at offsets drawn from (seed, step). */
    TokenBatch trainingBatch(long seed, long step, int rows) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + step);
        int[] offsets = new int[rows];
        for (int row = 0; row < rows; row++) {
            offsets[row] = random.nextInt(stream.length - context);
        }
        return windows(offsets);
    }

    /** Up to {@code maxBatches} batches of consecutive, non-overlapping windows from the start. */
    List<TokenBatch> validationBatches(int rows, int maxBatches) {
        int windows = (stream.length - 1) / context;
        List<TokenBatch> batches = new ArrayList<>();
        for (int first = 0; first < windows && batches.size() < maxBatches; first += rows) {
            int[] offsets = new int[Math.min(rows, windows - first)];
            for (int row = 0; row < offsets.length; row++) {
                offsets[row] = (first + row) * context;
            }
            batches.add(windows(offsets));
        }
        return batches;
    }

    private TokenBatch windows(int[] offsets) {
        long[] inputs = new long[offsets.length * context];
        long[] labels = new long[inputs.length];
        for (int row = 0; row < offsets.length; row++) {
            for (int i = 0; i < context; i++) {
                inputs[row * context + i] = stream[offsets[row] + i];
                labels[row * context + i] = stream[offsets[row] + i + 1];
            }
        }
        return new TokenBatch(offsets.length, context, inputs, labels);
    }

    private static int[] concatenate(List<int[]> sequences, int vocabSize) {
        int[] all = new int[sequences.stream().mapToInt(s -> s.length).sum()];
        int at = 0;
        for (int[] sequence : sequences) {
            for (int token : sequence) {
                if (token < 0 || token >= vocabSize) {
                    throw new IllegalArgumentException("Token " + token + " is outside the vocabulary of " + vocabSize);
                }
                all[at++] = token;
            }
        }
        return all;
    }
}
