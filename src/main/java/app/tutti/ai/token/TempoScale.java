package app.tutti.ai.token;

/**
 * Tempo buckets spaced evenly on a log scale from 40 to 240 quarter notes per minute; slower and
 * faster tempos fall into the end buckets. {@link #CONTROL} is the coarse scale of the
 * {@code TempoBucket_*} control token, {@link #EVENT} the finer one of {@code Tempo_*} events.
 */
public record TempoScale(int buckets) {

    public static final TempoScale CONTROL = new TempoScale(8);
    public static final TempoScale EVENT = new TempoScale(32);

    private static final double MIN_BPM = 40;
    private static final double MAX_BPM = 240;

    public TempoScale {
        if (buckets < 2) {
            throw new IllegalArgumentException("a tempo scale needs at least two buckets");
        }
    }

    public int bucket(double bpm) {
        double position = Math.log(bpm / MIN_BPM) / Math.log(MAX_BPM / MIN_BPM) * (buckets - 1);
        return (int) Math.max(0, Math.min(buckets - 1, Math.round(position)));
    }

    /** The tempo at the centre of {@code bucket}. */
    public double bpm(int bucket) {
        return MIN_BPM * Math.pow(MAX_BPM / MIN_BPM, (double) bucket / (buckets - 1));
    }
}
