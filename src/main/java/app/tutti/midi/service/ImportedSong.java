package app.tutti.midi.service;

import app.tutti.midi.domain.MidiSong;

/** The song read from a MIDI file, with the report of what had to be repaired or left out. */
public record ImportedSong(MidiSong song, ImportReport report) {
}
