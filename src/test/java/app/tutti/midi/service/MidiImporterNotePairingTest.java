package app.tutti.midi.service;

import static org.assertj.core.api.Assertions.assertThat;

import app.tutti.midi.domain.MidiNote;
import app.tutti.midi.domain.MidiSong;
import app.tutti.midi.domain.MidiTrack;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the importer turns note-on and note-off events into notes, including the awkward cases. */
class MidiImporterNotePairingTest {

    private final MidiImporter importer = new MidiImporter(MidiImportLimits.DEFAULTS);

    @Test
    void running_status_is_read_like_full_status_bytes() {
        byte[] file = RawMidi.header(0, 1, 480).track(
                0x00, 0x90, 60, 100, // note on C4 with a status byte
                0x00, 64, 90, // note on E4, running status
                0x83, 0x60, 60, 0, // 480 ticks later: velocity 0 (note off) C4, running status
                0x00, 64, 0, // note off E4, running status
                0x00, 0xFF, 0x2F, 0x00).bytes();

        MidiSong song = importer.importFrom(file).song();

        assertThat(song.tracks()).singleElement().extracting(MidiTrack::notes)
                .isEqualTo(List.of(new MidiNote(60, 0, 480, 100), new MidiNote(64, 0, 480, 90)));
    }

    @Test
    void a_note_on_with_velocity_zero_ends_the_note() {
        byte[] file = TestSequence.ppq(480).on(0, 0, 60, 100).on(240, 0, 60, 0).type0();

        MidiSong song = importer.importFrom(file).song();

        assertThat(song.tracks().getFirst().notes()).containsExactly(new MidiNote(60, 0, 240, 100));
    }

    @Test
    void overlapping_notes_of_the_same_pitch_are_ended_first_in_first_out() {
        byte[] file = TestSequence.ppq(480)
                .on(0, 0, 60, 100).on(240, 0, 60, 50).off(480, 0, 60).off(960, 0, 60)
                .type0();

        MidiSong song = importer.importFrom(file).song();

        assertThat(song.tracks().getFirst().notes())
                .containsExactly(new MidiNote(60, 0, 480, 100), new MidiNote(60, 240, 720, 50));
    }

    @Test
    void a_note_restarted_on_the_tick_it_ends_keeps_both_notes() {
        byte[] file = TestSequence.ppq(480)
                .on(0, 0, 60, 100).on(480, 0, 60, 90).off(480, 0, 60).off(960, 0, 60)
                .type0();

        MidiSong song = importer.importFrom(file).song();

        assertThat(song.tracks().getFirst().notes())
                .containsExactly(new MidiNote(60, 0, 480, 100), new MidiNote(60, 480, 480, 90));
    }

    @Test
    void a_note_never_released_ends_at_the_end_of_its_track_and_is_reported() {
        byte[] file = TestSequence.ppq(480).on(0, 0, 60, 100).note(0, 64, 480, 1440, 90).type0();

        ImportedSong imported = importer.importFrom(file);

        assertThat(imported.song().tracks().getFirst().notes())
                .containsExactly(new MidiNote(60, 0, 1920, 100), new MidiNote(64, 480, 1440, 90));
        assertThat(imported.report().unclosedNotesEnded()).isEqualTo(1);
        assertThat(imported.report().warnings()).singleElement().asString().contains("1 note is never released");
    }

    @Test
    void a_zero_length_note_is_dropped_and_reported() {
        byte[] file = TestSequence.ppq(480).on(240, 0, 62, 100).off(240, 0, 62).note(0, 60, 0, 480, 100).type0();

        ImportedSong imported = importer.importFrom(file);

        assertThat(imported.song().tracks().getFirst().notes()).containsExactly(new MidiNote(60, 0, 480, 100));
        assertThat(imported.report().zeroLengthNotesDropped()).isEqualTo(1);
        assertThat(imported.report().warnings()).singleElement().asString().contains("1 note has no length");
    }

    @Test
    void a_note_off_without_a_sounding_note_is_ignored() {
        byte[] file = TestSequence.ppq(480).off(0, 0, 61).note(0, 60, 0, 480, 100).off(960, 0, 60).type0();

        ImportedSong imported = importer.importFrom(file);

        assertThat(imported.song().tracks().getFirst().notes()).containsExactly(new MidiNote(60, 0, 480, 100));
        assertThat(imported.report().warnings()).isEmpty();
    }

    @Test
    void an_event_with_an_impossible_data_byte_is_ignored_and_reported() {
        byte[] file = RawMidi.header(0, 1, 480).track(
                0x00, 0x90, 60, 0x85, // velocity 133 cannot exist
                0x00, 0x90, 62, 100,
                0x83, 0x60, 0x80, 62, 0,
                0x00, 0xFF, 0x2F, 0x00).bytes();

        ImportedSong imported = importer.importFrom(file);

        assertThat(imported.song().tracks().getFirst().notes()).containsExactly(new MidiNote(62, 0, 480, 100));
        assertThat(imported.report().warnings()).singleElement().asString()
                .startsWith("1 damaged event was ignored");
    }
}
