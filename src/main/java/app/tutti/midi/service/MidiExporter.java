package app.tutti.midi.service;

import app.tutti.midi.domain.MidiSong;
import app.tutti.midi.domain.MidiTrack;
import app.tutti.midi.domain.SongCredits;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import javax.sound.midi.InvalidMidiDataException;
import javax.sound.midi.MidiSystem;
import javax.sound.midi.Sequence;

/**
 * Writes a song as a type 1 Standard MIDI File: first a conductor track with the credits, tempo
 * changes and time signatures, then one track per song track with its name, its program change and
 * its notes on its channel. To export a selection, pass {@link MidiSong#restrictedTo} of the song.
 */
public class MidiExporter {

    private static final int TYPE_1 = 1;

    private final TrackWriter writer = new TrackWriter();

    public byte[] export(MidiSong song) {
        return export(song, SongCredits.NONE);
    }

    public byte[] export(MidiSong song, SongCredits credits) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(song, credits, out);
        return out.toByteArray();
    }

    public void write(MidiSong song, SongCredits credits, OutputStream out) {
        try {
            MidiSystem.write(toSequence(song, credits), TYPE_1, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Sequence toSequence(MidiSong song, SongCredits credits) {
        try {
            Sequence sequence = new Sequence(Sequence.PPQ, song.ticksPerQuarter());
            writer.conductor(sequence.createTrack(), song, credits);
            for (MidiTrack track : song.tracks()) {
                writer.notes(sequence.createTrack(), track);
            }
            return sequence;
        } catch (InvalidMidiDataException e) {
            // The song's records only hold values MIDI can represent, so this is a bug.
            throw new IllegalStateException("Could not build a MIDI sequence from a valid song", e);
        }
    }
}
