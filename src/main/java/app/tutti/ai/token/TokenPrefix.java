package app.tutti.ai.token;

import org.jspecify.annotations.Nullable;

/**
 * Where a token sequence stands after its last token, as the decoder reads it: what it has decoded
 * so far and what may come next. Generation rules read this to decide which tokens are allowed.
 *
 * @param song the notes, chords and bars decoded so far
 * @param lastType the type of the last token, or null for an empty sequence
 * @param barStart the first step of the current bar; meaningless before the first bar
 * @param barSteps the current bar's length in steps, 0 before the first bar
 * @param step the current grid step, or -1 before the bar's first valid position
 * @param track the track of the notes at this step, or -1 if no track is open
 * @param next what the next token must be to finish a note, if a note is half written
 */
public record TokenPrefix(GridSong song, @Nullable TokenType lastType, int barStart, int barSteps, int step, int track,
        NoteProgress next) {

    /** How far the note being written has got. */
    public enum NoteProgress {
        /** No note is open: a pitch may start one. */
        NONE,
        /** A pitch was written: its velocity comes next. */
        VELOCITY,
        /** Pitch and velocity were written: the duration comes next. */
        DURATION
    }

    public boolean inBars() {
        return barSteps > 0;
    }

    /** The current position within the bar, or -1 if no valid position has been written in it yet. */
    public int position() {
        return step < 0 ? -1 : step - barStart;
    }

    /** Notes of {@code onTrack} (or of every track if it is -1) that sound at {@code atStep}. */
    public int soundingAt(int atStep, int onTrack) {
        int count = 0;
        for (GridNote note : song.notes()) {
            if ((onTrack < 0 || note.track() == onTrack) && note.startStep() <= atStep
                    && atStep < note.startStep() + note.durationSteps()) {
                count++;
            }
        }
        return count;
    }

    /** The highest pitch already written at the current step on the open track, or -1. */
    public int lastPitchHere() {
        int highest = -1;
        for (int i = song.notes().size() - 1; i >= 0 && song.notes().get(i).startStep() == step; i--) {
            GridNote note = song.notes().get(i);
            if (note.track() == track) {
                highest = Math.max(highest, note.pitch());
            }
        }
        return highest;
    }
}
