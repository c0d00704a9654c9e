package app.tutti.ai.train;

/**
 * The counts behind {@link NGramBaseline} and its interpolated Kneser–Ney probability. An m-gram is
 * packed into a long as a number in base V (the vocabulary size), its last token the lowest digit.
 */
final class NGramCounts {

    private final int order;
    private final int vocabularySize;
    /** Index m: m-gram counts; raw for the highest order, continuation counts below it. */
    private final CountTable[] grams;
    /** Index m: per (m-1)-token context, the sum of its m-gram counts and how many differ. */
    private final CountTable[] contextTotals;
    private final CountTable[] contextTypes;
    private final double[] discounts;
    private long unigramTotal;

    NGramCounts(int order, int vocabularySize) {
        if (order < 1 || vocabularySize < 1 || order * Math.log(vocabularySize) >= 62 * Math.log(2)) {
            throw new IllegalArgumentException("order " + order + " over " + vocabularySize + " tokens is unsupported");
        }
        this.order = order;
        this.vocabularySize = vocabularySize;
        this.grams = tables(order);
        this.contextTotals = tables(order);
        this.contextTypes = tables(order);
        this.discounts = new double[order + 1];
    }

    /** Counts the n-gram of the highest order that ends at {@code position}. */
    void addHighestOrder(int[] tokens, int position) {
        for (int index = position - order + 1; index <= position; index++) {
            if (tokens[index] < 0 || tokens[index] >= vocabularySize) {
                throw new IllegalArgumentException("token id " + tokens[index] + " is not in the vocabulary");
            }
        }
        grams[order].add(pack(tokens, position + 1, order), 1);
    }

    /** Derives the lower orders, context sums and discounts once all n-grams are counted. */
    void finish() {
        for (int m = order - 1; m >= 1; m--) {
            long modulus = power(m);
            CountTable lower = grams[m];
            grams[m + 1].forEach((key, count) -> lower.add(key % modulus, 1));
        }
        for (int m = 1; m <= order; m++) {
            int gramOrder = m;
            grams[m].forEach((key, count) -> {
                contextTotals[gramOrder].add(key / vocabularySize, count);
                contextTypes[gramOrder].add(key / vocabularySize, 1);
            });
            discounts[m] = discount(grams[m]);
        }
        unigramTotal = contextTotals[1].get(0);
    }

    /** P(next | the {@code order - 1} tokens before index {@code end}), never zero. */
    double probability(int[] tokens, int end, int next) {
        if (next < 0 || next >= vocabularySize) {
            return 0;
        }
        double probability = 1.0 / vocabularySize;
        if (unigramTotal > 0) {
            probability = interpolate(grams[1].get(next), unigramTotal, contextTypes[1].get(0), discounts[1], probability);
        }
        long context = 0;
        for (int m = 2; m <= order; m++) {
            int token = tokens[end - m + 1];
            if (token < 0 || token >= vocabularySize) {
                break;
            }
            context += token * power(m - 2);
            int total = contextTotals[m].get(context);
            if (total > 0) {
                probability = interpolate(grams[m].get(context * vocabularySize + next), total,
                        contextTypes[m].get(context), discounts[m], probability);
            }
        }
        return probability;
    }

    private static double interpolate(int count, long total, int types, double discount, double lower) {
        return (Math.max(count - discount, 0) + discount * types * lower) / total;
    }

    /** D = n1 / (n1 + 2 n2), from how many m-grams were counted once and twice; kept within 0.05..0.95. */
    private static double discount(CountTable table) {
        long[] onceAndTwice = new long[2];
        table.forEach((key, count) -> {
            if (count <= 2) {
                onceAndTwice[count - 1]++;
            }
        });
        long denominator = onceAndTwice[0] + 2 * onceAndTwice[1];
        double discount = denominator == 0 ? 0.5 : (double) onceAndTwice[0] / denominator;
        return Math.max(0.05, Math.min(0.95, discount));
    }

    /** The m tokens ending just before {@code end}, packed. */
    private long pack(int[] tokens, int end, int m) {
        long key = 0;
        for (int index = end - m; index < end; index++) {
            key = key * vocabularySize + tokens[index];
        }
        return key;
    }

    private long power(int exponent) {
        long result = 1;
        for (int i = 0; i < exponent; i++) {
            result *= vocabularySize;
        }
        return result;
    }

    private static CountTable[] tables(int order) {
        CountTable[] tables = new CountTable[order + 1];
        for (int m = 1; m <= order; m++) {
            tables[m] = new CountTable();
        }
        return tables;
    }
}
