package app.tutti.midi.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.tutti.midi.domain.MidiNote;
import app.tutti.midi.domain.MidiSong;
import app.tutti.midi.domain.MidiTrack;
import app.tutti.midi.domain.SongCredits;
import app.tutti.midi.domain.TempoChange;
import app.tutti.midi.domain.TimeSignatureChange;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.sound.midi.MetaMessage;
import javax.sound.midi.MidiSystem;
import javax.sound.midi.Sequence;
import javax.sound.midi.ShortMessage;
import javax.sound.midi.Track;
import org.junit.jupiter.api.Test;

class MidiExporterTest {

    private static final MidiSong SONG = new MidiSong(480,
            List.of(TempoChange.ofBpm(0, 120), TempoChange.ofBpm(3840, 90)),
            List.of(new TimeSignatureChange(0, 3, 4), new TimeSignatureChange(5760, 6, 8)),
            List.of(new MidiTrack("Melody", 0, 73,
                    List.of(new MidiNote(72, 0, 480, 100), new MidiNote(74, 480, 240, 90))),
                    new MidiTrack("Drums", 9, 0, List.of(new MidiNote(36, 0, 60, 127)))));

    private final MidiExporter exporter = new MidiExporter();
    private final MidiImporter importer = new MidiImporter(MidiImportLimits.DEFAULTS);

    @Test
    void writes_a_type_1_file_with_a_conductor_track_and_one_track_per_song_track() throws Exception {
        byte[] file = exporter.export(SONG);

        assertThat(MidiSystem.getMidiFileFormat(new ByteArrayInputStream(file)).getType()).isEqualTo(1);
        Sequence sequence = MidiSystem.getSequence(new ByteArrayInputStream(file));
        assertThat(sequence.getResolution()).isEqualTo(480);
        assertThat(sequence.getTracks()).hasSize(3);
        assertThat(metaTypes(sequence.getTracks()[0])).containsExactly(0x51, 0x58, 0x51, 0x58, 0x2F);
    }

    @Test
    void each_track_starts_with_its_name_and_program_on_its_channel() throws Exception {
        Track melody = MidiSystem.getSequence(new ByteArrayInputStream(exporter.export(SONG))).getTracks()[1];

        MetaMessage name = (MetaMessage) melody.get(0).getMessage();
        ShortMessage program = (ShortMessage) melody.get(1).getMessage();
        assertThat(new String(name.getData(), StandardCharsets.UTF_8)).isEqualTo("Melody");
        assertThat(List.of(program.getCommand(), program.getChannel(), program.getData1()))
                .containsExactly(ShortMessage.PROGRAM_CHANGE, 0, 73);
    }

    @Test
    void an_exported_song_imports_back_unchanged() {
        MidiSong reimported = importer.importFrom(exporter.export(SONG)).song();

        assertThat(reimported).isEqualTo(SONG);
        assertThat(reimported.tracks().get(1).drums()).isTrue();
    }

    @Test
    void repeated_and_overlapping_notes_of_one_pitch_survive_a_round_trip() {
        MidiSong song = new MidiSong(480, List.of(), List.of(), List.of(new MidiTrack("Piano", 0, 0, List.of(
                new MidiNote(60, 0, 480, 100), new MidiNote(60, 480, 480, 90), new MidiNote(60, 600, 600, 80),
                new MidiNote(60, 960, 240, 70), new MidiNote(60, 960, 960, 60)))));

        assertThat(importer.importFrom(exporter.export(song)).song()).isEqualTo(song);
    }

    @Test
    void same_pitch_notes_that_end_in_another_order_than_they_start_come_back_with_their_ends_swapped() {
        MidiSong song = new MidiSong(480, List.of(), List.of(), List.of(new MidiTrack("Piano", 0, 0, List.of(
                new MidiNote(60, 0, 960, 100), new MidiNote(60, 240, 240, 50)))));

        MidiSong reimported = importer.importFrom(exporter.export(song)).song();

        assertThat(reimported.tracks().getFirst().notes())
                .containsExactly(new MidiNote(60, 0, 480, 100), new MidiNote(60, 240, 720, 50));
    }

    @Test
    void credits_are_written_as_copyright_and_text_events_in_the_conductor_track() throws Exception {
        SongCredits credits = new SongCredits("© 2026 Ana", List.of("Melody: Ana", "Harmony: Tutti model"));

        Track conductor = MidiSystem.getSequence(new ByteArrayInputStream(exporter.export(SONG, credits)))
                .getTracks()[0];

        List<String> texts = new ArrayList<>();
        for (int i = 0; i < conductor.size(); i++) {
            if (conductor.get(i).getMessage() instanceof MetaMessage meta && meta.getType() <= 0x02) {
                texts.add(meta.getType() + ":" + new String(meta.getData(), StandardCharsets.UTF_8));
            }
        }
        assertThat(texts).containsExactly("2:© 2026 Ana", "1:Melody: Ana", "1:Harmony: Tutti model");
    }

    @Test
    void exporting_a_selection_writes_only_the_selected_notes() {
        MidiSong selection = SONG.restrictedTo((trackIndex, note) -> trackIndex == 0 && note.pitch() == 74);

        MidiSong reimported = importer.importFrom(exporter.export(selection)).song();

        assertThat(reimported.tracks()).extracting(MidiTrack::name, MidiTrack::notes)
                .containsExactly(tuple("Melody", List.of(new MidiNote(74, 480, 240, 90))));
        assertThat(reimported.tempos()).isEqualTo(SONG.tempos());
    }

    private static List<Integer> metaTypes(Track track) {
        List<Integer> types = new ArrayList<>();
        for (int i = 0; i < track.size(); i++) {
            if (track.get(i).getMessage() instanceof MetaMessage meta) {
                types.add(meta.getType());
            }
        }
        return types;
    }
}
