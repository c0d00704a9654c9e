package app.tutti.midi.service;

import app.tutti.midi.domain.MidiNote;
import app.tutti.midi.domain.MidiTrack;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns file tracks into song tracks: one per channel a file track uses, so a type 0 file with
 * three channels gives three tracks. A split track is named "NAME (channel N)"; a track without a
 * name is called "Channel N", or "Drums" on channel 10.
 */
final class TrackSplitter {

    private final ProgramChanges programs;
    private final ImportProblems problems;

    TrackSplitter(ProgramChanges programs, ImportProblems problems) {
        this.programs = programs;
        this.problems = problems;
    }

    List<MidiTrack> split(List<SourceTrack> sources) {
        List<MidiTrack> tracks = new ArrayList<>();
        for (SourceTrack source : sources) {
            source.notesByChannel().forEach((channel, notes) -> tracks.add(part(source, channel, notes)));
        }
        return tracks;
    }

    private MidiTrack part(SourceTrack source, int channel, List<MidiNote> notes) {
        long first = notes.stream().mapToLong(MidiNote::startTick).min().orElse(0);
        long last = notes.stream().mapToLong(MidiNote::startTick).max().orElse(0);
        int program = programs.programFor(source.index(), channel, first);
        String name = nameOf(source, channel);
        if (programs.switchesDuring(source.index(), channel, first, last, program)) {
            problems.instrumentChangedMidTrack(name);
        }
        return new MidiTrack(name, channel, program, notes);
    }

    private static String nameOf(SourceTrack source, int channel) {
        if (source.name().isEmpty()) {
            return channel == MidiTrack.DRUM_CHANNEL ? "Drums" : "Channel " + (channel + 1);
        }
        if (source.notesByChannel().size() > 1) {
            return source.name() + " (channel " + (channel + 1) + ")";
        }
        return source.name();
    }
}
