package app.tutti.midi.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.sound.midi.InvalidMidiDataException;
import javax.sound.midi.MetaMessage;
import javax.sound.midi.MidiEvent;
import javax.sound.midi.MidiMessage;
import javax.sound.midi.MidiSystem;
import javax.sound.midi.Sequence;
import javax.sound.midi.ShortMessage;
import javax.sound.midi.Track;

/** Builds small MIDI files in memory with javax.sound.midi, event by event, for importer tests. */
final class TestSequence {

    private final Sequence sequence;
    private Track current;

    private TestSequence(int ticksPerQuarter) {
        try {
            sequence = new Sequence(Sequence.PPQ, ticksPerQuarter);
        } catch (InvalidMidiDataException e) {
            throw new IllegalArgumentException(e);
        }
        current = sequence.createTrack();
    }

    static TestSequence ppq(int ticksPerQuarter) {
        return new TestSequence(ticksPerQuarter);
    }

    /** Starts the next track; the first track exists from the start. */
    TestSequence track() {
        current = sequence.createTrack();
        return this;
    }

    TestSequence name(String name) {
        return meta(0x03, name.getBytes(StandardCharsets.UTF_8), 0);
    }

    TestSequence tempo(long tick, int microsecondsPerQuarter) {
        int value = microsecondsPerQuarter;
        return meta(0x51, new byte[] {(byte) (value >> 16), (byte) (value >> 8), (byte) value}, tick);
    }

    TestSequence timeSignature(long tick, int numerator, int denominatorPower) {
        return meta(0x58, new byte[] {(byte) numerator, (byte) denominatorPower, 24, 8}, tick);
    }

    TestSequence program(long tick, int channel, int program) {
        return add(shortMessage(ShortMessage.PROGRAM_CHANGE, channel, program, 0), tick);
    }

    TestSequence on(long tick, int channel, int pitch, int velocity) {
        return add(shortMessage(ShortMessage.NOTE_ON, channel, pitch, velocity), tick);
    }

    TestSequence off(long tick, int channel, int pitch) {
        return add(shortMessage(ShortMessage.NOTE_OFF, channel, pitch, 64), tick);
    }

    TestSequence note(int channel, int pitch, long start, long duration, int velocity) {
        return on(start, channel, pitch, velocity).off(start + duration, channel, pitch);
    }

    TestSequence meta(int type, byte[] data, long tick) {
        try {
            return add(new MetaMessage(type, data, data.length), tick);
        } catch (InvalidMidiDataException e) {
            throw new IllegalArgumentException(e);
        }
    }

    byte[] type0() {
        return write(0);
    }

    byte[] type1() {
        return write(1);
    }

    private TestSequence add(MidiMessage message, long tick) {
        current.add(new MidiEvent(message, tick));
        return this;
    }

    private static ShortMessage shortMessage(int command, int channel, int data1, int data2) {
        try {
            return new ShortMessage(command, channel, data1, data2);
        } catch (InvalidMidiDataException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private byte[] write(int type) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            MidiSystem.write(sequence, type, out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }
}
