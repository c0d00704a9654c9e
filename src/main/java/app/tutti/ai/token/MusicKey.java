package app.tutti.ai.token;

import java.util.ArrayList;
import java.util.List;

/**
 * A major or minor key, or {@link #UNKNOWN} when there are no notes to tell. Stored as one index:
 * twice the tonic's pitch class, plus one for minor; 24 is unknown.
 */
public record MusicKey(int index) {

    public static final MusicKey UNKNOWN = new MusicKey(24);

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

    public MusicKey transposed(int semitones) {
        return known() ? of(PitchClass.of(index / 2 + semitones), index % 2 == 1) : this;
    }

    /** {@code C_major}, {@code F#_minor} or {@code unknown}. */
    public String tokenArgument() {
        return known() ? PitchClass.of(index / 2).symbol() + (index % 2 == 1 ? "_minor" : "_major") : "unknown";
    }
}
