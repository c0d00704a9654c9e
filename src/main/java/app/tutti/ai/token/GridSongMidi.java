package app.tutti.ai.token;

import app.tutti.midi.domain.MidiNote;
import app.tutti.midi.domain.MidiSong;
import app.tutti.midi.domain.MidiTrack;
import app.tutti.midi.domain.TempoChange;
import app.tutti.midi.domain.TimeSignatureChange;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a grid song (for example, what the model wrote) back into MIDI notes: a sixteenth is
 * {@code ticksPerQuarter / 4} ticks, a velocity bucket becomes the middle velocity of its range,
 * and grid tracks become MIDI tracks named as given.
 */
public final class GridSongMidi {

    private GridSongMidi() {
    }

    public static MidiSong toMidi(GridSong song, int ticksPerQuarter, List<String> trackNames) {
        long tick = ticksPerQuarter / Quantizer.STEPS_PER_QUARTER;
        List<List<MidiNote>> byTrack = new ArrayList<>();
        for (int track = 0; track < GridNote.TRACKS; track++) {
            byTrack.add(new ArrayList<>());
        }
        for (GridNote note : song.notes()) {
            int velocity = Math.min(127, Math.max(1, note.velocityBucket() * 16 + 8));
            byTrack.get(note.track()).add(new MidiNote(note.pitch(), note.startStep() * tick,
                    note.durationSteps() * tick, velocity));
        }
        List<MidiTrack> tracks = new ArrayList<>();
        for (int track = 0; track < GridNote.TRACKS; track++) {
            if (!byTrack.get(track).isEmpty()) {
                String name = track < trackNames.size() ? trackNames.get(track) : "Track " + (track + 1);
                tracks.add(new MidiTrack(name, track, 0, byTrack.get(track)));
            }
        }
        List<TempoChange> tempos = song.tempos().stream()
                .map(change -> TempoChange.ofBpm(change.step() * tick, TempoScale.EVENT.bpm(change.value())))
                .toList();
        return new MidiSong(ticksPerQuarter, tempos, List.of(meter(song)), tracks);
    }

    /** The first bar's length as a time signature: 16 steps are 4/4, 12 are 3/4, 6 are 6/16... */
    private static TimeSignatureChange meter(GridSong song) {
        int steps = song.barSteps().isEmpty() ? 16 : song.barSteps().getFirst();
        if (steps % 4 == 0) {
            return new TimeSignatureChange(0, steps / 4, 4);
        }
        return steps % 2 == 0 ? new TimeSignatureChange(0, steps / 2, 8) : new TimeSignatureChange(0, steps, 16);
    }
}
