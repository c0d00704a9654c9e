package app.tutti.composition.domain;

import app.tutti.base.domain.InvalidInputException;
import java.util.List;

/** Beats per bar over the note value of one beat, e.g. 6/8. */
public record TimeSignature(int beatsPerBar, int beatUnit) {

    public static final TimeSignature COMMON_TIME = new TimeSignature(4, 4);
    public static final List<TimeSignature> CHOICES = List.of(new TimeSignature(2, 4), new TimeSignature(3, 4),
            COMMON_TIME, new TimeSignature(5, 4), new TimeSignature(6, 8), new TimeSignature(7, 8),
            new TimeSignature(9, 8), new TimeSignature(12, 8), new TimeSignature(2, 2), new TimeSignature(3, 8));

    public TimeSignature {
        if (beatsPerBar < 1 || beatsPerBar > 32) {
            throw new InvalidInputException("A bar must have 1 to 32 beats.");
        }
        if (beatUnit < 1 || beatUnit > 32 || Integer.bitCount(beatUnit) != 1) {
            throw new InvalidInputException("The beat unit must be 1, 2, 4, 8, 16 or 32.");
        }
    }

    /** Length of one bar in ticks at the given resolution. */
    public int ticksPerBar(int ticksPerQuarter) {
        return beatsPerBar * ticksPerQuarter * 4 / beatUnit;
    }

    @Override
    public String toString() {
        return beatsPerBar + "/" + beatUnit;
    }
}
