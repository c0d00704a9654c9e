package app.tutti.midi.domain;

import app.tutti.base.domain.InvalidInputException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A song as a Standard MIDI File sees it: a tick resolution, the tempo and time-signature maps
 * (each sorted by tick) and the tracks. Before the first tempo change MIDI plays at 120 bpm.
 */
public record MidiSong(int ticksPerQuarter, List<TempoChange> tempos, List<TimeSignatureChange> timeSignatures,
        List<MidiTrack> tracks) {

    public static final int MAX_TICKS_PER_QUARTER = 0x7FFF;
    private static final double DEFAULT_MICROSECONDS_PER_QUARTER = 500_000;

    public MidiSong {
        if (ticksPerQuarter < 1 || ticksPerQuarter > MAX_TICKS_PER_QUARTER) {
            throw new InvalidInputException("A quarter note must have 1 to " + MAX_TICKS_PER_QUARTER
                    + " ticks, not " + ticksPerQuarter + ".");
        }
        tempos = tempos.stream().sorted(Comparator.comparingLong(TempoChange::tick)).toList();
        timeSignatures = timeSignatures.stream()
                .sorted(Comparator.comparingLong(TimeSignatureChange::tick))
                .toList();
        tracks = List.copyOf(tracks);
    }

    public int noteCount() {
        return tracks.stream().mapToInt(track -> track.notes().size()).sum();
    }

    /** The tick at which the last note ends; 0 for a song without notes. */
    public long endTick() {
        return tracks.stream()
                .flatMap(track -> track.notes().stream())
                .mapToLong(MidiNote::endTick)
                .max()
                .orElse(0);
    }

    /** How many seconds after the start of the song {@code tick} is played, following the tempo map. */
    public double secondsAt(long tick) {
        double microseconds = 0;
        long from = 0;
        double microsecondsPerQuarter = DEFAULT_MICROSECONDS_PER_QUARTER;
        for (TempoChange tempo : tempos) {
            if (tempo.tick() >= tick) {
                break;
            }
            microseconds += (double) (tempo.tick() - from) * microsecondsPerQuarter / ticksPerQuarter;
            from = tempo.tick();
            microsecondsPerQuarter = tempo.microsecondsPerQuarter();
        }
        microseconds += (double) (tick - from) * microsecondsPerQuarter / ticksPerQuarter;
        return microseconds / 1_000_000;
    }

    /**
     * The same song with only the selected notes; tracks left without notes are dropped, tempos
     * and time signatures are kept.
     */
    public MidiSong restrictedTo(NoteSelection selection) {
        List<MidiTrack> kept = new ArrayList<>();
        for (int index = 0; index < tracks.size(); index++) {
            int trackIndex = index;
            MidiTrack track = tracks.get(index);
            List<MidiNote> notes = track.notes().stream()
                    .filter(note -> selection.includes(trackIndex, note))
                    .toList();
            if (!notes.isEmpty()) {
                kept.add(track.withNotes(notes));
            }
        }
        return new MidiSong(ticksPerQuarter, tempos, timeSignatures, kept);
    }
}
