package app.tutti.ai.train;

import app.tutti.ai.provenance.OriginalityGate;
import app.tutti.ai.provenance.ProvenanceIndex;
import app.tutti.ai.provenance.ProvenanceMatch;
import app.tutti.ai.token.GridSong;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The model card's section on provenance: how close generated continuations come to their nearest
 * training excerpt, beside real test-split continuations (music the model never saw).
 */
record ProvenanceTable(ProvenanceIndex index, List<GridSong> generated, List<GridSong> real) {

    private static final int BUCKETS = 10;

    String markdown() {
        double[] generatedScores = scores(generated);
        double[] realScores = scores(real);
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, """

                ## Provenance: nearest training excerpt
                The provenance index (`provenance.idx` beside the checkpoint, built by `java -jar target/tutti.jar
                index` from the training split only) finds, for a passage, the training excerpts with the most
                four-note interval-and-rhythm patterns in common at one alignment (see docs/provenance.md).
                Below: the similarity of the nearest excerpt for %d transformer continuations (4 bars after an
                8-bar prompt of a test song) and %d real 4-bar passages of the test songs (bars 9–12 and 13–16).
                The originality gate flags a passage at %.1f or more.

                | nearest similarity | transformer | real test passages |
                |---|---:|---:|
                """, generated.size(), real.size(), OriginalityGate.DEFAULT_THRESHOLD));
        for (int bucket = 0; bucket < BUCKETS; bucket++) {
            table.append(String.format(Locale.ROOT, "| %.1f–%.1f | %d | %d |%n", bucket / (double) BUCKETS,
                    (bucket + 1) / (double) BUCKETS, count(generatedScores, bucket), count(realScores, bucket)));
        }
        table.append(String.format(Locale.ROOT, """
                | median | %.2f | %.2f |
                | 90th percentile | %.2f | %.2f |
                | flagged by the gate | %d | %d |
                """, quantile(generatedScores, 0.5), quantile(realScores, 0.5), quantile(generatedScores, 0.9),
                quantile(realScores, 0.9), flagged(generatedScores), flagged(realScores)));
        return table.toString();
    }

    private double[] scores(List<GridSong> passages) {
        return passages.stream().mapToDouble(passage -> passage.notes().isEmpty() ? 0
                : index.nearest(passage, 1).stream().mapToDouble(ProvenanceMatch::similarity).findFirst().orElse(0))
                .toArray();
    }

    private static int count(double[] scores, int bucket) {
        int count = 0;
        for (double score : scores) {
            if (Math.min(BUCKETS - 1, (int) (score * BUCKETS)) == bucket) {
                count++;
            }
        }
        return count;
    }

    private static int flagged(double[] scores) {
        int count = 0;
        for (double score : scores) {
            count += score >= OriginalityGate.DEFAULT_THRESHOLD ? 1 : 0;
        }
        return count;
    }

    private static double quantile(double[] scores, double q) {
        double[] sorted = scores.clone();
        Arrays.sort(sorted);
        return sorted.length == 0 ? Double.NaN : sorted[Math.min(sorted.length - 1, (int) (q * sorted.length))];
    }
}
