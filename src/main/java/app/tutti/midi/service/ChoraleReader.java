package app.tutti.midi.service;

import app.tutti.midi.domain.MidiNote;
import app.tutti.midi.domain.MidiSong;
import app.tutti.midi.domain.MidiTrack;
import app.tutti.midi.domain.TempoChange;
import app.tutti.midi.domain.TimeSignatureChange;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Turns one chorale of the JSB 16th-note data set (time steps of [soprano, alto, tenor, bass]
 * MIDI pitches, -1 for silence) into a four-track song. At this grid a held note and a repeated
 * note look the same, so equal consecutive pitches become one held note.
 */
final class ChoraleReader {

    static final int TICKS_PER_QUARTER = 480;
    private static final int TICKS_PER_STEP = TICKS_PER_QUARTER / 4;
    private static final String[] VOICES = {"Soprano", "Alto", "Tenor", "Bass"};
    private static final int VELOCITY = 80;

    private ChoraleReader() {
    }

    static MidiSong read(JsonNode steps, double bpm) {
        List<MidiTrack> tracks = new ArrayList<>();
        for (int voice = 0; voice < VOICES.length; voice++) {
            tracks.add(new MidiTrack(VOICES[voice], voice, 52, voiceNotes(steps, voice)));
        }
        return new MidiSong(TICKS_PER_QUARTER, List.of(TempoChange.ofBpm(0, bpm)),
                List.of(new TimeSignatureChange(0, 4, 4)), tracks);
    }

    private static List<MidiNote> voiceNotes(JsonNode steps, int voice) {
        List<MidiNote> notes = new ArrayList<>();
        int pitch = -1;
        int startStep = 0;
        for (int step = 0; step <= steps.size(); step++) {
            int current = step < steps.size() ? steps.get(step).get(voice).asInt() : -1;
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
