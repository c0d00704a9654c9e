package app.tutti.ai.translate;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Picks the next token from logits: temperature, then the top-k, top-p and min-p filters, then a
 * draw from the seeded {@link Random}. Logits of {@link Float#NEGATIVE_INFINITY} (forbidden by a
 * {@link TokenConstraint}) are never picked. Not thread-safe: one sampler per generation.
 */
public final class Sampler {

    private final SamplingSettings settings;
    private final Random random;

    public Sampler(SamplingSettings settings, Random random) {
        this.settings = settings;
        this.random = random;
    }

    public Sampler(SamplingSettings settings, long seed) {
        this(settings, new Random(seed));
    }

    public int sample(float[] logits) {
        if (settings.greedy()) {
            return argmax(logits);
        }
        double[] probabilities = distribution(logits);
        double draw = random.nextDouble();
        int last = -1;
        for (int token = 0; token < probabilities.length; token++) {
            if (probabilities[token] > 0) {
                draw -= probabilities[token];
                last = token;
                if (draw < 0) {
                    return token;
                }
            }
        }
        return last;
    }

    /** The probabilities tokens are drawn with after all filters (they sum to 1). */
    double[] distribution(float[] logits) {
        int best = argmax(logits);
        double[] probabilities = softmax(logits, settings.greedy() ? 1 : settings.temperature(), logits[best]);
        Integer[] order = IntStream.range(0, logits.length).boxed()
                .sorted(Comparator.comparingDouble((Integer t) -> -probabilities[t]).thenComparingInt(t -> t))
                .toArray(Integer[]::new);
        double cumulative = 0;
        double floor = settings.minP() * probabilities[best];
        for (int rank = 0; rank < order.length; rank++) {
            int token = order[rank];
            boolean keep = rank == 0 || (settings.topK() == 0 || rank < settings.topK())
                    && cumulative < settings.topP() && probabilities[token] >= floor;
            cumulative += probabilities[token];
            if (!keep) {
                probabilities[token] = 0;
            }
        }
        double kept = Arrays.stream(probabilities).sum();
        return Arrays.stream(probabilities).map(p -> p / kept).toArray();
    }

    private static double[] softmax(float[] logits, float temperature, float max) {
        double[] probabilities = new double[logits.length];
        double sum = 0;
        for (int token = 0; token < logits.length; token++) {
            probabilities[token] = Math.exp((logits[token] - max) / (double) temperature);
            sum += probabilities[token];
        }
        for (int token = 0; token < logits.length; token++) {
            probabilities[token] /= sum;
        }
        return probabilities;
    }

    /** The most likely token; the lowest id among equals. */
    static int argmax(float[] logits) {
        int best = -1;
        for (int token = 0; token < logits.length; token++) {
            if (logits[token] > Float.NEGATIVE_INFINITY && (best < 0 || logits[token] > logits[best])) {
                best = token;
            }
        }
        if (best < 0) {
            throw new IllegalStateException("Every token is forbidden");
        }
        return best;
    }
}
