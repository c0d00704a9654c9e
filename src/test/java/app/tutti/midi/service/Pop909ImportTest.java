package app.tutti.midi.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.tutti.midi.domain.MidiSong;
import app.tutti.midi.domain.MidiTrack;
import app.tutti.testsupport.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Imports the POP909 corpus (909 real files) from the shared data folder. */
class Pop909ImportTest {

    private final MidiImporter importer = new MidiImporter(MidiImportLimits.DEFAULTS);
    private final MidiExporter exporter = new MidiExporter();

    @Test
    void song_001_has_a_melody_a_bridge_and_a_piano_track_at_480_ticks_per_quarter() throws IOException {
        ImportedSong imported = importer.importFrom(Files.readAllBytes(SharedData.require("pop909").pop909Song(1)));

        MidiSong song = imported.song();
        assertThat(song.ticksPerQuarter()).isEqualTo(480);
        assertThat(song.tracks()).extracting(MidiTrack::name, MidiTrack::channel)
                .containsExactly(tuple("MELODY", 0), tuple("BRIDGE", 1), tuple("PIANO", 2));
        assertThat(song.tempos()).singleElement().satisfies(tempo -> {
            assertThat(tempo.tick()).isZero();
            assertThat(tempo.microsecondsPerQuarter()).isEqualTo(666_665);
        });
        assertThat(song.timeSignatures()).extracting("numerator", "denominator").containsExactly(tuple(2, 4));
        assertThat(song.noteCount()).isBetween(1000, 2000);
    }

    @Test
    void every_pop909_song_comes_back_unchanged_after_export_and_import() throws IOException {
        List<Path> songs = SharedData.require("pop909").pop909Songs();
        assertThat(songs).hasSize(909);

        for (Path file : songs) {
            MidiSong imported = importer.importFrom(Files.readAllBytes(file)).song();

            MidiSong reimported = importer.importFrom(exporter.export(imported)).song();

            assertThat(reimported).as(file.toString()).isEqualTo(imported);
        }
    }
}
