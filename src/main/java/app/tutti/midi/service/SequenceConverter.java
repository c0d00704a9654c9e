package app.tutti.midi.service;

import app.tutti.midi.domain.MidiSong;
import app.tutti.midi.domain.MidiTrack;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sound.midi.Sequence;
import javax.sound.midi.Track;

/** Converts one parsed {@link Sequence} into a song, enforcing the import limits on the way. */
final class SequenceConverter {

    private final MidiImportLimits limits;
    private final ImportProblems problems = new ImportProblems();
    private final ConductorEvents conductor = new ConductorEvents(problems);
    private final ProgramChanges programs = new ProgramChanges();

    SequenceConverter(MidiImportLimits limits) {
        this.limits = limits;
    }

    ImportedSong convert(Sequence sequence) {
        if (sequence.getDivisionType() != Sequence.PPQ) {
            throw new MidiImportException("The file counts time in SMPTE frames instead of beats, which is not "
                    + "supported. Please export it with beat-based (PPQ) timing.");
        }
        List<SourceTrack> sources = readTracks(sequence.getTracks());
        List<MidiTrack> tracks = new TrackSplitter(programs, problems).split(sources);
        if (tracks.size() > limits.maxTracks()) {
            throw new MidiImportException("The file has " + tracks.size() + " instrument parts; at most "
                    + limits.maxTracks() + " are supported.");
        }
        MidiSong song = new MidiSong(sequence.getResolution(), conductor.tempos(), conductor.timeSignatures(),
                tracks);
        checkNotEmpty(song);
        checkLength(song);
        return new ImportedSong(song, problems.report());
    }

    private List<SourceTrack> readTracks(Track[] tracks) {
        TrackReader reader = new TrackReader(conductor, programs, problems);
        List<SourceTrack> sources = new ArrayList<>();
        int notes = 0;
        for (int index = 0; index < tracks.length; index++) {
            SourceTrack source = reader.read(index, tracks[index]);
            notes += source.noteCount();
            if (notes > limits.maxNotes()) {
                throw new MidiImportException(String.format("The file has more than %,d notes, which is the most "
                        + "Tutti can import.", limits.maxNotes()));
            }
            sources.add(source);
        }
        return sources;
    }

    private void checkNotEmpty(MidiSong song) {
        if (song.noteCount() > 0) {
            return;
        }
        if (problems.zeroLengthNotes() > 0) {
            throw new MidiImportException("The file has no notes that can be imported: all of its "
                    + problems.zeroLengthNotes() + " notes have no length.");
        }
        throw new MidiImportException("The file contains no notes.");
    }

    private void checkLength(MidiSong song) {
        double seconds = song.secondsAt(song.endTick());
        if (seconds > limits.maxLength().toSeconds()) {
            throw new MidiImportException("The song would last " + describe(Duration.ofSeconds((long) seconds))
                    + ", but at most " + describe(limits.maxLength()) + " are supported. The file is probably "
                    + "damaged.");
        }
    }

    private static String describe(Duration length) {
        if (length.toHours() >= 1) {
            return String.format("%,d hour%s", length.toHours(), length.toHours() == 1 ? "" : "s");
        }
        return length.toMinutes() + " minutes";
    }
}
