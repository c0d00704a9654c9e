package app.tutti.midi.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.tutti.midi.domain.MidiNote;
import app.tutti.midi.domain.MidiSong;
import app.tutti.midi.domain.MidiTrack;
import app.tutti.midi.domain.TempoChange;
import app.tutti.midi.domain.TimeSignatureChange;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MidiImporterTest {

    private final MidiImporter importer = new MidiImporter(MidiImportLimits.DEFAULTS);

    @Test
    void a_type_0_file_with_three_channels_becomes_three_tracks_in_channel_order() {
        byte[] file = TestSequence.ppq(480).name("Song")
                .program(0, 2, 33).program(0, 0, 0).program(0, 1, 25)
                .note(2, 36, 0, 960, 90).note(0, 72, 0, 480, 100).note(1, 60, 480, 480, 80)
                .type0();

        MidiSong song = importer.importFrom(file).song();

        assertThat(song.ticksPerQuarter()).isEqualTo(480);
        assertThat(song.tracks()).extracting(MidiTrack::name, MidiTrack::channel, MidiTrack::program)
                .containsExactly(tuple("Song (channel 1)", 0, 0), tuple("Song (channel 2)", 1, 25),
                        tuple("Song (channel 3)", 2, 33));
        assertThat(song.tracks().get(0).notes()).containsExactly(new MidiNote(72, 0, 480, 100));
        assertThat(song.tracks().get(1).notes()).containsExactly(new MidiNote(60, 480, 480, 80));
        assertThat(song.tracks().get(2).notes()).containsExactly(new MidiNote(36, 0, 960, 90));
    }

    @Test
    void a_type_1_file_gives_one_track_per_file_track_with_its_name_and_program() {
        byte[] file = TestSequence.ppq(96).tempo(0, 500_000)
                .track().name("Lead").program(0, 0, 81).note(0, 67, 0, 96, 110).note(0, 69, 96, 48, 100)
                .track().name("Bass").program(0, 1, 34).note(1, 43, 0, 192, 70)
                .type1();

        MidiSong song = importer.importFrom(file).song();

        assertThat(song.ticksPerQuarter()).isEqualTo(96);
        assertThat(song.tracks()).extracting(MidiTrack::name, MidiTrack::channel, MidiTrack::program)
                .containsExactly(tuple("Lead", 0, 81), tuple("Bass", 1, 34));
        assertThat(song.tracks().get(0).notes())
                .containsExactly(new MidiNote(67, 0, 96, 110), new MidiNote(69, 96, 48, 100));
        assertThat(song.tracks().get(1).notes()).containsExactly(new MidiNote(43, 0, 192, 70));
    }

    @Test
    void a_type_1_track_playing_on_two_channels_is_split_by_channel() {
        byte[] file = TestSequence.ppq(480)
                .track().name("Keys").note(3, 60, 0, 480, 100).note(4, 48, 0, 480, 90)
                .type1();

        MidiSong song = importer.importFrom(file).song();

        assertThat(song.tracks()).extracting(MidiTrack::name, MidiTrack::channel)
                .containsExactly(tuple("Keys (channel 4)", 3), tuple("Keys (channel 5)", 4));
    }

    @Test
    void tracks_without_a_name_are_named_after_their_channel_and_channel_10_is_drums() {
        byte[] file = TestSequence.ppq(480).note(9, 36, 0, 120, 127).note(5, 60, 0, 480, 64).type0();

        MidiSong song = importer.importFrom(file).song();

        assertThat(song.tracks()).extracting(MidiTrack::name, MidiTrack::channel, MidiTrack::drums)
                .containsExactly(tuple("Channel 6", 5, false), tuple("Drums", 9, true));
    }

    @Test
    void tempo_changes_are_read_as_beats_per_minute() {
        byte[] file = TestSequence.ppq(480).tempo(0, 500_000).tempo(1920, 400_000).tempo(3840, 666_665)
                .note(0, 60, 0, 480, 100).type0();

        MidiSong song = importer.importFrom(file).song();

        assertThat(song.tempos()).containsExactly(new TempoChange(0, 500_000), new TempoChange(1920, 400_000),
                new TempoChange(3840, 666_665));
        assertThat(song.tempos()).extracting(TempoChange::bpm).containsExactly(120.0, 150.0, 60_000_000 / 666_665.0);
    }

    @Test
    void time_signature_changes_are_read() {
        byte[] file = TestSequence.ppq(480).timeSignature(0, 4, 2).timeSignature(7680, 6, 3)
                .note(0, 60, 0, 480, 100).type0();

        MidiSong song = importer.importFrom(file).song();

        assertThat(song.timeSignatures())
                .containsExactly(new TimeSignatureChange(0, 4, 4), new TimeSignatureChange(7680, 6, 8));
    }

    @Test
    void a_program_change_in_another_track_sets_the_instrument_of_its_channel() {
        byte[] file = TestSequence.ppq(480).program(0, 0, 40)
                .track().name("Violin").note(0, 76, 0, 480, 100)
                .type1();

        MidiSong song = importer.importFrom(file).song();

        assertThat(song.tracks()).singleElement().extracting(MidiTrack::program).isEqualTo(40);
    }

    @Test
    void an_instrument_change_within_a_track_keeps_the_first_instrument_and_warns() {
        byte[] file = TestSequence.ppq(480).name("Lead").program(0, 0, 0).note(0, 60, 0, 480, 100)
                .program(960, 0, 56).note(0, 62, 960, 480, 100).type0();

        ImportedSong imported = importer.importFrom(file);

        assertThat(imported.song().tracks()).singleElement().extracting(MidiTrack::program).isEqualTo(0);
        assertThat(imported.report().warnings()).singleElement().asString()
                .contains("\"Lead\" changes instrument");
    }

    @Test
    void a_track_name_that_is_not_utf_8_is_read_as_latin_1() {
        byte[] file = TestSequence.ppq(480).meta(0x03, "Café Müller".getBytes(StandardCharsets.ISO_8859_1), 0)
                .note(0, 60, 0, 480, 100).type0();

        assertThat(importer.importFrom(file).song().tracks().getFirst().name()).isEqualTo("Café Müller");
    }

    @Test
    void a_clean_file_is_imported_without_warnings_and_a_stream_gives_the_same_song() {
        byte[] file = TestSequence.ppq(480).note(0, 60, 0, 480, 100).type0();

        ImportedSong fromBytes = importer.importFrom(file);
        ImportedSong fromStream = importer.importFrom(new ByteArrayInputStream(file));

        assertThat(fromBytes.report()).isEqualTo(new ImportReport(0, 0, List.of()));
        assertThat(fromStream).isEqualTo(fromBytes);
    }
}
