package app.tutti.bench;

/** Nearest-rank percentiles of sorted samples, shared by every benchmark that reports latencies. */
public final class Percentiles {

    private Percentiles() {
    }

    /** The smallest sample such that at least {@code percent} % of the samples are at or below it. */
    public static double percentile(double[] sorted, double percent) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
