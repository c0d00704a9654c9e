package app.tutti.ai.provenance;

import app.tutti.ai.token.GridNote;
import app.tutti.ai.token.GridSong;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * One track of a song reduced to a line: at each onset, the highest note starting there (the
 * "skyline", which is the tune for a melody and the top voice for chords).
 *
 * @param track the track the line was read from
 * @param steps onset steps (sixteenths from the song's start), increasing
 * @param pitches the pitch at each onset
 */
record MelodyLine(int track, int[] steps, int[] pitches) {

    /** The lines of every track of {@code song} that has at least one note. */
    static List<MelodyLine> of(GridSong song) {
        List<MelodyLine> lines = new ArrayList<>();
        for (int track = 0; track < GridNote.TRACKS; track++) {
            TreeMap<Integer, Integer> highest = new TreeMap<>();
            for (GridNote note : song.notes()) {
                if (note.track() == track) {
                    highest.merge(note.startStep(), note.pitch(), Math::max);
                }
            }
            if (!highest.isEmpty()) {
                lines.add(new MelodyLine(track, highest.keySet().stream().mapToInt(Integer::intValue).toArray(),
                        highest.values().stream().mapToInt(Integer::intValue).toArray()));
            }
        }
        return lines;
    }

    int length() {
        return steps.length;
    }
}
