package app.tutti.midi.domain;

import app.tutti.base.domain.InvalidInputException;

/**
 * From {@code tick} on, a quarter note lasts {@code microsecondsPerQuarter}. That is how a MIDI
 * file stores a tempo (1 to 16,777,215 microseconds), so the value survives export and import
 * exactly; {@link #bpm()} gives the familiar beats per minute.
 */
public record TempoChange(long tick, int microsecondsPerQuarter) {

    private static final double MICROSECONDS_PER_MINUTE = 60_000_000.0;
    private static final int MAX_MICROSECONDS_PER_QUARTER = 0xFF_FFFF;

    public TempoChange {
        if (tick < 0) {
            throw new InvalidInputException("A tempo change cannot come before the beginning of the song.");
        }
        if (microsecondsPerQuarter < 1 || microsecondsPerQuarter > MAX_MICROSECONDS_PER_QUARTER) {
            throw new InvalidInputException("A tempo must be between 4 and 60,000,000 beats per minute.");
        }
    }

    /** The nearest tempo a MIDI file can store to {@code bpm} quarter notes per minute. */
    public static TempoChange ofBpm(long tick, double bpm) {
        double microseconds = MICROSECONDS_PER_MINUTE / bpm;
        if (!Double.isFinite(microseconds) || microseconds <= 0 || microseconds >= MAX_MICROSECONDS_PER_QUARTER + 1) {
            throw new InvalidInputException("A tempo must be between 4 and 60,000,000 beats per minute, not "
                    + bpm + ".");
        }
        return new TempoChange(tick, (int) Math.max(1, Math.round(microseconds)));
    }

    public double bpm() {
        return MICROSECONDS_PER_MINUTE / microsecondsPerQuarter;
    }
}
