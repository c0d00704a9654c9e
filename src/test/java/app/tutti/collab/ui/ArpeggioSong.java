package app.tutti.collab.ui;

import app.tutti.composition.domain.Note;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Made-up test music: C–Am–F–G arpeggios in eighths on one track and a root note per bar on another. */
final class ArpeggioSong {

    static final int TICKS_PER_QUARTER = 480;
    private static final int EIGHTH = TICKS_PER_QUARTER / 2;
    private static final int BAR = TICKS_PER_QUARTER * 4;
    private static final int[][] CHORDS = {{60, 64, 67, 72}, {57, 60, 64, 69}, {53, 57, 60, 65}, {55, 59, 62, 67}};

    private ArpeggioSong() {
    }

    /** About {@code count} notes, highest pitch 74, so the octave above stays free to draw in. */
    static List<Note> notes(UUID melodyTrack, UUID bassTrack, int count) {
        List<Note> notes = new ArrayList<>(count);
        for (int bar = 0; notes.size() < count; bar++) {
            int[] chord = CHORDS[bar % CHORDS.length];
            notes.add(new Note(UUID.randomUUID(), bassTrack, chord[0] - 24, (long) bar * BAR, BAR - EIGHTH, 90));
            for (int step = 0; step < 8 && notes.size() < count; step++) {
                int pitch = chord[step < 4 ? step : 7 - step] + (step == 3 ? 2 : 0);
                notes.add(new Note(UUID.randomUUID(), melodyTrack, pitch, (long) bar * BAR + step * EIGHTH, EIGHTH,
                        70 + (step % 4 == 0 ? 30 : step * 5)));
            }
        }
        return notes;
    }
}
