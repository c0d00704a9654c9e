package app.tutti.ai.token;

import java.util.Collection;

/**
 * Guesses a song's key from its notes with the Krumhansl–Schmuckler method: the duration-weighted
 * pitch-class histogram is correlated with the Krumhansl–Kessler profile of each of the 24 keys.
 * The same guess works for training data and for a user's unfinished music, so the key control
 * token means the same in both.
 */
final class KeyEstimator {

    private static final double[] MAJOR = {6.35, 2.23, 3.48, 2.33, 4.38, 4.09, 2.52, 5.19, 2.39, 3.66, 2.29, 2.88};
    private static final double[] MINOR = {6.33, 2.68, 3.52, 5.38, 2.60, 3.53, 2.54, 4.75, 3.98, 2.69, 3.34, 3.17};

    private KeyEstimator() {
    }

    static MusicKey estimate(Collection<GridNote> notes) {
        double[] histogram = new double[12];
        for (GridNote note : notes) {
            histogram[note.pitch() % 12] += note.durationSteps();
        }
        MusicKey best = MusicKey.UNKNOWN;
        double bestCorrelation = Double.NEGATIVE_INFINITY;
        for (int tonic = 0; tonic < 12; tonic++) {
            for (boolean minor : new boolean[] {false, true}) {
                double correlation = correlation(histogram, minor ? MINOR : MAJOR, tonic);
                if (correlation > bestCorrelation) {
                    bestCorrelation = correlation;
                    best = MusicKey.of(PitchClass.of(tonic), minor);
                }
            }
        }
        return best;
    }

    /** Pearson correlation of the histogram with the profile rotated to {@code tonic}; NaN if flat. */
    private static double correlation(double[] histogram, double[] profile, int tonic) {
        double meanHistogram = mean(histogram);
        double meanProfile = mean(profile);
        double product = 0;
        double histogramSquares = 0;
        double profileSquares = 0;
        for (int pitchClass = 0; pitchClass < 12; pitchClass++) {
            double h = histogram[pitchClass] - meanHistogram;
            double p = profile[Math.floorMod(pitchClass - tonic, 12)] - meanProfile;
            product += h * p;
            histogramSquares += h * h;
            profileSquares += p * p;
        }
        return product / Math.sqrt(histogramSquares * profileSquares);
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }
}
