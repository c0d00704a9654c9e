package app.tutti.midi.domain;

import app.tutti.base.domain.InvalidInputException;
import java.util.Comparator;

/** One sounding note: MIDI pitch and velocity, placed on the song's tick grid. */
public record MidiNote(int pitch, long startTick, long durationTicks, int velocity) {

    /** Start first, then pitch; a shorter note before a longer one that starts with it. */
    public static final Comparator<MidiNote> IN_TIME_ORDER = Comparator.comparingLong(MidiNote::startTick)
            .thenComparingInt(MidiNote::pitch)
            .thenComparingLong(MidiNote::durationTicks)
            .thenComparingInt(MidiNote::velocity);

    public MidiNote {
        if (pitch < 0 || pitch > 127) {
            throw new InvalidInputException("A note's pitch must be between 0 and 127, not " + pitch + ".");
        }
        if (velocity < 1 || velocity > 127) {
            throw new InvalidInputException("A note's velocity must be between 1 and 127, not " + velocity + ".");
        }
        if (startTick < 0) {
            throw new InvalidInputException("A note cannot start before the beginning of the song.");
        }
        if (durationTicks < 1) {
            throw new InvalidInputException("A note must last at least one tick.");
        }
    }

    /** The first tick after the note, where it is released. */
    public long endTick() {
        return startTick + durationTicks;
    }
}
