package app.tutti.ai.token;

import java.util.Collection;

/**
 * What the control tokens at the start of a sequence say about the whole song: its style, how
 * many notes it has (a density bucket), its key and its tempo (a {@link TempoScale#CONTROL}
 * bucket). For training data they are measured with {@link #measure}; when asking the model for
 * music, a user can pick them.
 */
public record SongControls(Style style, int density, MusicKey key, int tempoBucket) {

    public static final int DENSITY_BUCKETS = 8;

    /** Notes per sixteen sixteenths (one 4/4 bar) where each density bucket above 0 starts. */
    private static final double[] DENSITY_THRESHOLDS = {4, 8, 12, 16, 20, 25, 32};

    /** What a sequence without control tokens decodes to: pop, lowest density, unknown key, 120 bpm. */
    public static final SongControls DEFAULTS = new SongControls(Style.POP, 0, MusicKey.UNKNOWN,
            TempoScale.CONTROL.bucket(120));

    public SongControls {
        if (density < 0 || density >= DENSITY_BUCKETS) {
            throw new IllegalArgumentException("density bucket must be 0.." + (DENSITY_BUCKETS - 1) + ": " + density);
        }
        if (tempoBucket < 0 || tempoBucket >= TempoScale.CONTROL.buckets()) {
            throw new IllegalArgumentException("tempo bucket out of range: " + tempoBucket);
        }
    }

    /** Measures the controls of notes spread over {@code totalSteps} sixteenths at {@code bpm}. */
    public static SongControls measure(Style style, Collection<GridNote> notes, int totalSteps, double bpm) {
        return new SongControls(style, densityOf(notes.size(), totalSteps), KeyEstimator.estimate(notes),
                TempoScale.CONTROL.bucket(bpm));
    }

    public SongControls transposed(int semitones) {
        return new SongControls(style, density, key.transposed(semitones), tempoBucket);
    }

    static int densityOf(int notes, int totalSteps) {
        double perBar = totalSteps == 0 ? 0 : notes * 16.0 / totalSteps;
        int bucket = 0;
        while (bucket < DENSITY_THRESHOLDS.length && perBar >= DENSITY_THRESHOLDS[bucket]) {
            bucket++;
        }
        return bucket;
    }
}
