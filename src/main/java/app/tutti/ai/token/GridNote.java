package app.tutti.ai.token;

import java.util.Comparator;

/**
 * A note on the sixteenth-note grid: track (0 melody or soprano, 1 bridge or alto, 2 piano or
 * tenor, 3 bass), piano-key pitch, start and length in sixteenths, and a velocity bucket. Notes
 * longer than {@link #MAX_DURATION} sixteenths (two 4/4 bars) cannot be written as tokens; {@link
 * #capped} shortens them to that.
 */
public record GridNote(int track, int pitch, int startStep, int durationSteps, int velocityBucket) {

    public static final int TRACKS = 4;
    public static final int MIN_PITCH = 21;
    public static final int MAX_PITCH = 108;
    public static final int MAX_DURATION = 32;
    public static final int VELOCITY_BUCKETS = 8;

    /** Start first, then track, then pitch: the order notes are written as tokens. */
    public static final Comparator<GridNote> IN_TOKEN_ORDER = Comparator.comparingInt(GridNote::startStep)
            .thenComparingInt(GridNote::track)
            .thenComparingInt(GridNote::pitch);

    public GridNote {
        check(track, 0, TRACKS - 1, "track");
        check(pitch, MIN_PITCH, MAX_PITCH, "pitch");
        check(startStep, 0, Integer.MAX_VALUE, "start");
        check(durationSteps, 1, MAX_DURATION, "duration");
        check(velocityBucket, 0, VELOCITY_BUCKETS - 1, "velocity bucket");
    }

    /** A note whose length is brought into 1..{@link #MAX_DURATION} sixteenths. */
    public static GridNote capped(int track, int pitch, int startStep, int durationSteps, int velocityBucket) {
        int duration = Math.max(1, Math.min(MAX_DURATION, durationSteps));
        return new GridNote(track, pitch, startStep, duration, velocityBucket);
    }

    public static boolean onPiano(int pitch) {
        return pitch >= MIN_PITCH && pitch <= MAX_PITCH;
    }

    /** The velocity bucket of a MIDI velocity 1..127: sixteen velocities to a bucket. */
    public static int velocityBucketOf(int velocity) {
        return Math.max(0, Math.min(VELOCITY_BUCKETS - 1, velocity / 16));
    }

    public GridNote transposed(int semitones) {
        return new GridNote(track, pitch + semitones, startStep, durationSteps, velocityBucket);
    }

    private static void check(int value, int min, int max, String what) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(what + " must be " + min + ".." + max + ": " + value);
        }
    }
}
