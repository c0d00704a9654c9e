package app.tutti.midi.service;

import app.tutti.midi.domain.MidiNote;
import app.tutti.midi.domain.MidiTrack;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.sound.midi.MetaMessage;
import javax.sound.midi.MidiEvent;
import javax.sound.midi.ShortMessage;
import javax.sound.midi.Track;

/**
 * Reads the events of one file track: notes per channel, its name (the first meta 0x03), and
 * hands program changes and tempo/time-signature events to the file-wide collectors.
 */
final class TrackReader {

    private static final int TRACK_NAME = 0x03;
    /** The JDK reader does not check that data bytes are below 0x80; such an event is damaged. */
    private static final int MAX_DATA_BYTE = 0x7F;
    /** Leaves room for a " (channel 16)" suffix when a track is split by channel. */
    private static final int MAX_NAME_LENGTH = MidiTrack.MAX_NAME_LENGTH - 20;

    private final ConductorEvents conductor;
    private final ProgramChanges programs;
    private final ImportProblems problems;

    TrackReader(ConductorEvents conductor, ProgramChanges programs, ImportProblems problems) {
        this.conductor = conductor;
        this.programs = programs;
        this.problems = problems;
    }

    SourceTrack read(int index, Track track) {
        String name = "";
        SortedMap<Integer, OpenNotes> channels = new TreeMap<>();
        for (int i = 0; i < track.size(); i++) {
            MidiEvent event = track.get(i);
            long tick = event.getTick();
            if (tick < 0) {
                throw new MidiImportException("The file is damaged: an event in track " + (index + 1)
                        + " has an impossible time.");
            }
            switch (event.getMessage()) {
                case ShortMessage message -> channelMessage(index, message, tick, channels);
                case MetaMessage meta when meta.getType() == TRACK_NAME -> name = name.isEmpty() ? text(meta) : name;
                case MetaMessage meta -> conductor.accept(meta, tick);
                default -> {
                    // System exclusive messages do not affect notes.
                }
            }
        }
        SortedMap<Integer, List<MidiNote>> notes = new TreeMap<>();
        channels.forEach((channel, open) -> notes.put(channel, open.finish(track.ticks())));
        notes.values().removeIf(List::isEmpty);
        return new SourceTrack(index, name, notes);
    }

    private void channelMessage(int index, ShortMessage message, long tick, SortedMap<Integer, OpenNotes> channels) {
        if (message.getData1() > MAX_DATA_BYTE || message.getData2() > MAX_DATA_BYTE) {
            problems.damagedEvent();
            return;
        }
        int channel = message.getChannel();
        int command = message.getCommand();
        if (command == ShortMessage.NOTE_ON && message.getData2() > 0) {
            channels.computeIfAbsent(channel, key -> new OpenNotes(problems))
                    .start(message.getData1(), tick, message.getData2());
        } else if (command == ShortMessage.NOTE_ON || command == ShortMessage.NOTE_OFF) {
            OpenNotes open = channels.get(channel);
            if (open != null) {
                open.stop(message.getData1(), tick);
            }
        } else if (command == ShortMessage.PROGRAM_CHANGE) {
            programs.add(index, channel, tick, message.getData1());
        }
    }

    /** Names are meant to be ASCII; UTF-8 is accepted, anything else is read as Latin-1. */
    private static String text(MetaMessage meta) {
        byte[] data = meta.getData();
        String decoded;
        try {
            decoded = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(data)).toString();
        } catch (CharacterCodingException e) {
            decoded = new String(data, StandardCharsets.ISO_8859_1);
        }
        String clean = decoded.replaceAll("\\p{Cntrl}", " ").strip();
        return clean.length() > MAX_NAME_LENGTH ? clean.substring(0, MAX_NAME_LENGTH).strip() : clean;
    }
}
