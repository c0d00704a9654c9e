package app.tutti.composition.domain;

import app.tutti.base.domain.InvalidInputException;
import java.util.ArrayList;
import java.util.List;

/** A key: its tonic as a pitch class (0 = C … 11 = B) and its mode. */
public record MusicalKey(int tonic, Mode mode) {

    public enum Mode { MAJOR, MINOR }

    public static final MusicalKey C_MAJOR = new MusicalKey(0, Mode.MAJOR);
    private static final String[] SHARP_NAMES = {"C", "C♯", "D", "E♭", "E", "F", "F♯", "G", "A♭", "A", "B♭", "B"};
    private static final String[] MINOR_NAMES = {"C", "C♯", "D", "D♯", "E", "F", "F♯", "G", "G♯", "A", "B♭", "B"};

    public MusicalKey {
        if (tonic < 0 || tonic > 11) {
            throw new InvalidInputException("A key's tonic must be a pitch class from 0 (C) to 11 (B).");
        }
        if (mode == null) {
            throw new InvalidInputException("A key needs a mode (major or minor).");
        }
    }

    public static List<MusicalKey> all() {
        List<MusicalKey> keys = new ArrayList<>(24);
        for (Mode mode : Mode.values()) {
            for (int tonic = 0; tonic < 12; tonic++) {
                keys.add(new MusicalKey(tonic, mode));
            }
        }
        return List.copyOf(keys);
    }

    @Override
    public String toString() {
        return mode == Mode.MAJOR ? SHARP_NAMES[tonic] + " major" : MINOR_NAMES[tonic] + " minor";
    }
}
