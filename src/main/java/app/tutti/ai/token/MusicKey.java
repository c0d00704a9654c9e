package app.tutti.ai.token;

import java.util.ArrayList;
import java.util.List;

/**
 * A major or minor key, or {@link #UNKNOWN} when there are no notes to tell. Stored as one index:
 * twice the tonic's pitch class, plus one for minor; 24 is unknown.
 */
public record MusicKey(int index) {

    public static final MusicKey UNKNOWN = new MusicKey(24);

    private static final int[] MAJOR_SCALE = {0, 2, 4, 5, 7, 9, 11};
    private static final int[] NATURAL_MINOR_SCALE = {0, 2, 3, 5, 7, 8, 10};

    public MusicKey {
        if (index < 0 || index > 24) {
            throw new IllegalArgumentException("key index must be 0..24: " + index);
        }
    }

    public static MusicKey of(PitchClass tonic, boolean minor) {
        return new MusicKey(tonic.ordinal() * 2 + (minor ? 1 : 0));
    }

    /** The 24 keys from C major to B minor, then {@link #UNKNOWN}. */
    public static List<MusicKey> all() {
        List<MusicKey> keys = new ArrayList<>();
        for (int index = 0; index <= 24; index++) {
            keys.add(new MusicKey(index));
        }
        return keys;
    }

    public boolean known() {
        return index < 24;
    }

    /** Whether {@code pitch} is in this key's scale (major, or natural minor); every pitch is in an unknown key. */
    public boolean contains(int pitch) {
        if (!known()) {
            return true;
        }
        int degree = Math.floorMod(pitch - index / 2, 12);
        for (int scaleDegree : index % 2 == 1 ? NATURAL_MINOR_SCALE : MAJOR_SCALE) {
            if (scaleDegree == degree) {
                return true;
            }
        }
        return false;
    }

    public MusicKey transposed(int semitones) {
        return known() ? of(PitchClass.of(index / 2 + semitones), index % 2 == 1) : this;
    }

    /** {@code C_major}, {@code F#_minor} or {@code unknown}. */
    public String tokenArgument() {
        return known() ? PitchClass.of(index / 2).symbol() + (index % 2 == 1 ? "_minor" : "_major") : "unknown";
    }
}
