package app.tutti.midi.service;

import app.tutti.midi.domain.MidiNote;
import app.tutti.midi.domain.MidiSong;
import app.tutti.midi.domain.MidiTrack;
import app.tutti.midi.domain.SongCredits;
import app.tutti.midi.domain.TempoChange;
import app.tutti.midi.domain.TimeSignatureChange;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.sound.midi.InvalidMidiDataException;
import javax.sound.midi.MetaMessage;
import javax.sound.midi.MidiEvent;
import javax.sound.midi.ShortMessage;
import javax.sound.midi.Track;

/**
 * Fills the tracks of an exported sequence. Note events are added in time order with note-offs
 * before note-ons on the same tick, so a reader that pairs notes first in, first out (as
 * {@link MidiImporter} does) gets back exactly the notes that were written.
 */
final class TrackWriter {

    private static final int TEXT = 0x01;
    private static final int COPYRIGHT = 0x02;
    private static final int TRACK_NAME = 0x03;
    private static final int MIDI_CLOCKS_PER_CLICK = 24;
    private static final int THIRTY_SECONDS_PER_QUARTER = 8;

    private record Timed(long tick, boolean noteOn, ShortMessage message) {
    }

    void conductor(Track track, MidiSong song, SongCredits credits) throws InvalidMidiDataException {
        if (!credits.copyright().isBlank()) {
            track.add(meta(COPYRIGHT, text(credits.copyright()), 0));
        }
        for (String line : credits.lines()) {
            track.add(meta(TEXT, text(line), 0));
        }
        for (TempoChange tempo : song.tempos()) {
            int value = tempo.microsecondsPerQuarter();
            track.add(meta(ConductorEvents.TEMPO, new byte[] {(byte) (value >> 16), (byte) (value >> 8),
                    (byte) value}, tempo.tick()));
        }
        for (TimeSignatureChange signature : song.timeSignatures()) {
            byte[] data = {(byte) signature.numerator(), (byte) signature.denominatorPowerOfTwo(),
                    MIDI_CLOCKS_PER_CLICK, THIRTY_SECONDS_PER_QUARTER};
            track.add(meta(ConductorEvents.TIME_SIGNATURE, data, signature.tick()));
        }
    }

    void notes(Track track, MidiTrack source) throws InvalidMidiDataException {
        track.add(meta(TRACK_NAME, text(source.name()), 0));
        track.add(new MidiEvent(new ShortMessage(ShortMessage.PROGRAM_CHANGE, source.channel(), source.program(), 0),
                0));
        List<Timed> events = new ArrayList<>();
        for (MidiNote note : source.notes()) {
            events.add(new Timed(note.startTick(), true,
                    new ShortMessage(ShortMessage.NOTE_ON, source.channel(), note.pitch(), note.velocity())));
            events.add(new Timed(note.endTick(), false,
                    new ShortMessage(ShortMessage.NOTE_OFF, source.channel(), note.pitch(), 0)));
        }
        events.sort(Comparator.comparingLong(Timed::tick).thenComparing(Timed::noteOn));
        for (Timed event : events) {
            track.add(new MidiEvent(event.message(), event.tick()));
        }
    }

    private static MidiEvent meta(int type, byte[] data, long tick) throws InvalidMidiDataException {
        return new MidiEvent(new MetaMessage(type, data, data.length), tick);
    }

    private static byte[] text(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
