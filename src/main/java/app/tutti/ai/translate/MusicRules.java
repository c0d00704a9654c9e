package app.tutti.ai.translate;

import app.tutti.ai.token.GridNote;
import app.tutti.ai.token.MusicKey;

/**
 * Musical limits a user may put on what the model writes.
 *
 * @param key notes must be in this key's scale; {@link MusicKey#UNKNOWN} allows every pitch
 * @param lowestPitch lowest pitch allowed (21..108, the piano)
 * @param highestPitch highest pitch allowed
 * @param maxPolyphony most notes sounding at once on a track, counting notes held from before
 * @param track the only track (0..3) the model may write to, or -1 for any
 */
public record MusicRules(MusicKey key, int lowestPitch, int highestPitch, int maxPolyphony, int track) {

    /** No limits beyond what the tokens can express. */
    public static final MusicRules NONE = new MusicRules(MusicKey.UNKNOWN, GridNote.MIN_PITCH, GridNote.MAX_PITCH,
            Integer.MAX_VALUE, -1);

    public MusicRules {
        if (lowestPitch < GridNote.MIN_PITCH || highestPitch > GridNote.MAX_PITCH || lowestPitch > highestPitch) {
            throw new IllegalArgumentException("The pitch range must lie within " + GridNote.MIN_PITCH + ".."
                    + GridNote.MAX_PITCH + " and not be empty: " + lowestPitch + ".." + highestPitch);
        }
        if (maxPolyphony < 1) {
            throw new IllegalArgumentException("At least one note must be allowed to sound: " + maxPolyphony);
        }
        if (track < -1 || track >= GridNote.TRACKS) {
            throw new IllegalArgumentException("No such track: " + track);
        }
    }

    public MusicRules inKey(MusicKey newKey) {
        return new MusicRules(newKey, lowestPitch, highestPitch, maxPolyphony, track);
    }

    public MusicRules pitchRange(int lowest, int highest) {
        return new MusicRules(key, lowest, highest, maxPolyphony, track);
    }

    public MusicRules polyphony(int most) {
        return new MusicRules(key, lowestPitch, highestPitch, most, track);
    }

    public MusicRules onlyTrack(int newTrack) {
        return new MusicRules(key, lowestPitch, highestPitch, maxPolyphony, newTrack);
    }

    /** Whether a note of {@code pitch} may start when {@code sounding} notes already sound on its track. */
    boolean allowsNote(int pitch, int sounding) {
        return pitch >= lowestPitch && pitch <= highestPitch && key.contains(pitch) && sounding < maxPolyphony;
    }

    boolean allowsTrack(int candidate) {
        return track < 0 || candidate == track;
    }
}
