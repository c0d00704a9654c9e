package app.tutti.ai.train;

import app.tutti.midi.domain.MidiSong;

/**
 * Turns seconds into ticks along a song's tempo map, the inverse of {@link MidiSong#secondsAt}.
 * POP909's annotations give times in seconds; the notes are in ticks.
 */
final class TempoMap {

    private final MidiSong song;

    TempoMap(MidiSong song) {
        this.song = song;
    }

    /** The tick played closest to {@code seconds} after the start; 0 for times before the start. */
    long tickAt(double seconds) {
        if (seconds <= 0) {
            return 0;
        }
        long low = 0;
        long high = 1;
        while (song.secondsAt(high) < seconds) {
            high *= 2;
        }
        while (low < high) {
            long middle = (low + high) >>> 1;
            if (song.secondsAt(middle) < seconds) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        boolean previousIsCloser = low > 0 && seconds - song.secondsAt(low - 1) < song.secondsAt(low) - seconds;
        return previousIsCloser ? low - 1 : low;
    }
}
