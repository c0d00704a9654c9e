package app.tutti.ai.train;

import app.tutti.ai.token.GridSong;
import app.tutti.ai.token.Quantizer;
import app.tutti.ai.token.Style;
import app.tutti.midi.domain.MidiSong;
import app.tutti.midi.domain.MidiTrack;
import app.tutti.midi.domain.TimeSignatureChange;
import app.tutti.midi.service.MidiImportLimits;
import app.tutti.midi.service.MidiImporter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads one POP909 song folder into a grid song. The MIDI files' own time signatures cannot be
 * trusted (693 of 909 say 1/4), so bars come from the beat annotations instead: they start at the
 * first annotated downbeat and have the most common number of beats between downbeats (nearly
 * always 4). Irregular bars in the annotations are not followed. Chords come from
 * {@code chord_midi.txt}. Tracks MELODY, BRIDGE and PIANO become grid tracks 0, 1 and 2.
 */
final class Pop909SongReader {

    private static final List<String> TRACK_NAMES = List.of("MELODY", "BRIDGE", "PIANO");

    private final Path pop909Dir;
    private final MidiImporter importer = new MidiImporter(MidiImportLimits.DEFAULTS);
    private final Quantizer quantizer = new Quantizer();

    Pop909SongReader(Path pop909Dir) {
        this.pop909Dir = pop909Dir;
    }

    GridSong read(int number) {
        Path folder = pop909Dir.resolve(String.format("%03d", number));
        MidiSong midi = midi(folder.resolve(folder.getFileName() + ".mid"));
        Pop909Annotations annotations = new Pop909Annotations(new TempoMap(midi));
        Path beats = folder.resolve("beat_midi.txt");
        int beatsPerBar = annotations.beatsPerBar(beats);
        MidiSong barred = new MidiSong(midi.ticksPerQuarter(), midi.tempos(),
                List.of(new TimeSignatureChange(0, beatsPerBar, 4)), midi.tracks());
        long origin = annotations.firstDownbeat(beats).orElse(0);
        return quantizer.quantize(barred, Style.POP, origin, annotations.chords(folder.resolve("chord_midi.txt")));
    }

    private MidiSong midi(Path file) {
        MidiSong song;
        try {
            song = importer.importFrom(Files.readAllBytes(file)).song();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> names = song.tracks().stream().map(MidiTrack::name).toList();
        if (!names.equals(TRACK_NAMES)) {
            throw new IllegalStateException(file + " has tracks " + names + ", not " + TRACK_NAMES);
        }
        return song;
    }
}
