package app.tutti.ai.token;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A chord symbol: root and quality, or {@link #NO_CHORD}, whose root is always C. */
public record ChordLabel(PitchClass root, ChordQuality quality) {

    public static final ChordLabel NO_CHORD = new ChordLabel(PitchClass.C, ChordQuality.NONE);

    public ChordLabel {
        if (quality == ChordQuality.NONE && root != PitchClass.C) {
            throw new IllegalArgumentException("'no chord' has no root; use NO_CHORD");
        }
    }

    /** Every chord of every root, in root order, then {@link #NO_CHORD}. */
    public static List<ChordLabel> all() {
        List<ChordLabel> labels = new ArrayList<>();
        for (PitchClass root : PitchClass.values()) {
            for (ChordQuality quality : ChordQuality.values()) {
                if (quality != ChordQuality.NONE) {
                    labels.add(new ChordLabel(root, quality));
                }
            }
        }
        labels.add(NO_CHORD);
        return labels;
    }

    /**
     * Reads a POP909 label such as {@code C:maj}, {@code A:min7/b7} or {@code N}. A label that cannot
     * be read (unknown root or quality) counts as no chord.
     */
    public static ChordLabel parsePop909(String label) {
        int colon = label.indexOf(':');
        if (colon < 0) {
            return NO_CHORD;
        }
        Optional<PitchClass> root = PitchClass.parse(label.substring(0, colon));
        Optional<ChordQuality> quality = ChordQuality.parsePop909(label.substring(colon + 1));
        return root.isPresent() && quality.isPresent() ? new ChordLabel(root.get(), quality.get()) : NO_CHORD;
    }

    public ChordLabel transposed(int semitones) {
        return this.equals(NO_CHORD) ? this : new ChordLabel(root.transposed(semitones), quality);
    }

    /** {@code C_maj}, {@code F#_min7} or {@code N}. */
    public String tokenArgument() {
        return this.equals(NO_CHORD) ? "N" : root.symbol() + "_" + quality.symbol();
    }
}
