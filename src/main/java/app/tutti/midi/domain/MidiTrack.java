package app.tutti.midi.domain;

import app.tutti.base.domain.InvalidInputException;
import java.util.List;

/**
 * One instrument's notes, all on one MIDI channel (0-15) with one General MIDI program (0-127).
 * Channel 9 (shown to users as channel 10) is the General MIDI drum kit.
 */
public record MidiTrack(String name, int channel, int program, List<MidiNote> notes) {

    public static final int DRUM_CHANNEL = 9;
    public static final int MAX_NAME_LENGTH = 100;

    public MidiTrack {
        if (name.isBlank() || name.length() > MAX_NAME_LENGTH) {
            throw new InvalidInputException("A track name must have 1 to " + MAX_NAME_LENGTH + " characters.");
        }
        if (channel < 0 || channel > 15) {
            throw new InvalidInputException("A MIDI channel must be between 1 and 16, not " + (channel + 1) + ".");
        }
        if (program < 0 || program > 127) {
            throw new InvalidInputException("An instrument (program) must be between 0 and 127, not " + program + ".");
        }
        notes = notes.stream().sorted(MidiNote.IN_TIME_ORDER).toList();
    }

    /** Whether this track plays the drum kit (MIDI channel 10). */
    public boolean drums() {
        return channel == DRUM_CHANNEL;
    }

    public MidiTrack withNotes(List<MidiNote> newNotes) {
        return new MidiTrack(name, channel, program, newNotes);
    }
}
