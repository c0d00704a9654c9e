package app.tutti.midi.service;

import app.tutti.composition.domain.MusicalKey;
import app.tutti.midi.domain.MidiSong;
import java.util.List;

/** What a MusicXML file holds: the song, its key, title, the people (and AI) credited, and a rights line. */
public record ScoreSheet(String title, MidiSong song, MusicalKey key, List<String> creators, String rights,
        List<String> creditLines) {

    public ScoreSheet {
        creators = List.copyOf(creators);
        creditLines = List.copyOf(creditLines);
    }
}
