package app.tutti.midi.service;

import app.tutti.midi.domain.MidiNote;
import app.tutti.midi.domain.MidiSong;
import app.tutti.midi.domain.MidiTrack;
import app.tutti.midi.domain.TempoChange;
import app.tutti.midi.domain.TimeSignatureChange;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns one chorale of the JSB 16th-note data set (time steps of [soprano, alto, tenor, bass]
 * MIDI pitches, -1 for silence) into a four-track song. At this grid a held note and a repeated
 * note look the same, so equal consecutive pitches become one held note.
 */
public final class ChoraleReader {

    static final int TICKS_PER_QUARTER = 480;
    private static final int TICKS_PER_STEP = TICKS_PER_QUARTER / 4;
    private static final String[] VOICES = {"Soprano", "Alto", "Tenor", "Bass"};
    /** The data has no dynamics: every note is mezzo-forte. */
    public static final int VELOCITY = 64;

    private ChoraleReader() {
    }

    /** {@code steps[t][voice]} is the pitch of the voice at sixteenth {@code t}, or -1. */
    public static MidiSong read(int[][] steps, double bpm) {
        List<MidiTrack> tracks = new ArrayList<>();
        for (int voice = 0; voice < VOICES.length; voice++) {
            tracks.add(new MidiTrack(VOICES[voice], voice, 52, voiceNotes(steps, voice)));
        }
        return new MidiSong(TICKS_PER_QUARTER, List.of(TempoChange.ofBpm(0, bpm)),
                List.of(new TimeSignatureChange(0, 4, 4)), tracks);
    }

    private static List<MidiNote> voiceNotes(int[][] steps, int voice) {
        List<MidiNote> notes = new ArrayList<>();
        int pitch = -1;
        int startStep = 0;
        for (int step = 0; step <= steps.length; step++) {
            int current = step < steps.length ? steps[step][voice] : -1;
            if (current != pitch) {
                if (pitch >= 0) {
                    notes.add(new MidiNote(pitch, (long) startStep * TICKS_PER_STEP,
                            (long) (step - startStep) * TICKS_PER_STEP, VELOCITY));
                }
                pitch = current;
                startStep = step;
            }
        }
        return notes;
    }
}
