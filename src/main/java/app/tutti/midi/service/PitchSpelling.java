package app.tutti.midi.service;

import app.tutti.composition.domain.MusicalKey;

/** Names MIDI pitches as step, alteration and octave, with flats in flat keys and sharps otherwise. */
final class PitchSpelling {

    /** Position of each major tonic (pitch class) on the circle of fifths; D♭ rather than C♯, F♯ rather than G♭. */
    private static final int[] MAJOR_FIFTHS = {0, -5, 2, -3, 4, -1, 6, 1, -4, 3, -2, 5};
    private static final String[] SHARP_STEPS = {"C", "C", "D", "D", "E", "F", "F", "G", "G", "A", "A", "B"};
    private static final String[] FLAT_STEPS = {"C", "D", "D", "E", "E", "F", "G", "G", "A", "A", "B", "B"};
    private static final boolean[] BLACK = {false, true, false, true, false, false, true, false, true, false, true,
        false};

    private final int fifths;
    private final String mode;

    PitchSpelling(MusicalKey key) {
        this.mode = key.mode() == MusicalKey.Mode.MAJOR ? "major" : "minor";
        int majorTonic = key.mode() == MusicalKey.Mode.MAJOR ? key.tonic() : (key.tonic() + 3) % 12;
        this.fifths = MAJOR_FIFTHS[majorTonic];
    }

    int fifths() {
        return fifths;
    }

    String mode() {
        return mode;
    }

    String step(int pitch) {
        return (fifths < 0 ? FLAT_STEPS : SHARP_STEPS)[pitch % 12];
    }

    int alter(int pitch) {
        return BLACK[pitch % 12] ? (fifths < 0 ? -1 : 1) : 0;
    }

    int octave(int pitch) {
        return pitch / 12 - 1;
    }
}
