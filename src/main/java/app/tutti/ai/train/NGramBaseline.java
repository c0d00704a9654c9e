package app.tutti.ai.train;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * An n-gram language model over token ids with interpolated Kneser–Ney smoothing: the highest
 * order uses raw counts, lower orders continuation counts (in how many contexts a token follows),
 * each order subtracts its own absolute discount D = n1 / (n1 + 2 n2), and the unigrams are
 * interpolated with the uniform distribution, so every id of the vocabulary has a probability.
 * Contexts before the first token are filled with id 0 (PAD in the REMI vocabulary); the first
 * token of each sequence (BOS) is given, not predicted. Logarithms are natural.
 */
public final class NGramBaseline {

    private final int order;
    private final int vocabularySize;
    private final NGramCounts counts;

    private NGramBaseline(int order, int vocabularySize, NGramCounts counts) {
        this.order = order;
        this.vocabularySize = vocabularySize;
        this.counts = counts;
    }

    public static NGramBaseline train(int order, int vocabularySize, Collection<List<Integer>> sequences) {
        NGramCounts counts = new NGramCounts(order, vocabularySize);
        for (List<Integer> sequence : sequences) {
            int[] padded = padded(sequence, order);
            for (int position = order; position < padded.length; position++) {
                counts.addHighestOrder(padded, position);
            }
        }
        counts.finish();
        return new NGramBaseline(order, vocabularySize, counts);
    }

    public int order() {
        return order;
    }

    /** The natural log of the probability that {@code next} follows {@code context}. */
    public double logProb(List<Integer> context, int next) {
        int[] padded = padded(context, order);
        return Math.log(counts.probability(padded, padded.length, next));
    }

    /** exp of the mean negative log probability of every token after the first, over all sequences. */
    public double perplexity(Collection<List<Integer>> sequences) {
        double logProbabilities = 0;
        long tokens = 0;
        for (List<Integer> sequence : sequences) {
            int[] padded = padded(sequence, order);
            for (int position = order; position < padded.length; position++) {
                logProbabilities += Math.log(counts.probability(padded, position, padded[position]));
                tokens++;
            }
        }
        if (tokens == 0) {
            throw new IllegalArgumentException("perplexity needs at least one sequence of two tokens");
        }
        return Math.exp(-logProbabilities / tokens);
    }

    /**
     * Draws up to {@code maxNewTokens} tokens after {@code prompt}, stopping after {@code endToken};
     * the same random generator state gives the same tokens.
     */
    public List<Integer> sample(List<Integer> prompt, int maxNewTokens, int endToken, RandomGenerator random) {
        List<Integer> tokens = new ArrayList<>(prompt);
        for (int drawn = 0; drawn < maxNewTokens; drawn++) {
            int next = draw(padded(tokens, order), random.nextDouble());
            tokens.add(next);
            if (next == endToken) {
                break;
            }
        }
        return List.copyOf(tokens.subList(prompt.size(), tokens.size()));
    }

    private int draw(int[] context, double uniform) {
        double[] probabilities = new double[vocabularySize];
        double total = 0;
        for (int token = 0; token < vocabularySize; token++) {
            probabilities[token] = counts.probability(context, context.length, token);
            total += probabilities[token];
        }
        double target = uniform * total;
        for (int token = 0; token < vocabularySize; token++) {
            target -= probabilities[token];
            if (target < 0) {
                return token;
            }
        }
        return vocabularySize - 1;
    }

    /** {@code order - 1} zeros, then the tokens. */
    private static int[] padded(List<Integer> tokens, int order) {
        int[] padded = new int[order - 1 + tokens.size()];
        for (int index = 0; index < tokens.size(); index++) {
            padded[order - 1 + index] = tokens.get(index);
        }
        return padded;
    }
}
