package app.tutti.midi.domain;

import app.tutti.base.domain.InvalidInputException;

/** From {@code tick} on, bars have {@code numerator} beats of one {@code denominator}th note each. */
public record TimeSignatureChange(long tick, int numerator, int denominator) {

    public TimeSignatureChange {
        if (tick < 0) {
            throw new InvalidInputException("A time signature cannot come before the beginning of the song.");
        }
        if (numerator < 1 || numerator > 255) {
            throw new InvalidInputException("A bar must have 1 to 255 beats, not " + numerator + ".");
        }
        if (denominator < 1 || denominator > 64 || Integer.bitCount(denominator) != 1) {
            throw new InvalidInputException("The beat unit must be 1, 2, 4, 8, 16, 32 or 64, not " + denominator + ".");
        }
    }

    /** The denominator as MIDI stores it: the power of two, e.g. 3 for eighth notes. */
    public int denominatorPowerOfTwo() {
        return Integer.numberOfTrailingZeros(denominator);
    }
}
