package app.tutti.midi.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tutti.base.domain.ProjectId;
import app.tutti.collab.service.EditSessionService;
import app.tutti.composition.domain.TempoMap;
import app.tutti.composition.domain.TempoPoint;
import app.tutti.composition.domain.Track;
import app.tutti.composition.service.ProjectService;
import app.tutti.midi.domain.MidiNote;
import app.tutti.midi.domain.MidiSong;
import app.tutti.midi.domain.MidiTrack;
import app.tutti.testsupport.SharedData;
import app.tutti.testsupport.TestUsers;
import app.tutti.testsupport.TuttiSpringTest;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Importing a MIDI file into a project and exporting it again, through the real services and database. */
@TuttiSpringTest
class ProjectMidiImportTest {

    @Autowired
    ProjectMidiImport midiImport;
    @Autowired
    ProjectMidiExport midiExport;
    @Autowired
    MidiImporter importer;
    @Autowired
    ProjectService projects;
    @Autowired
    EditSessionService edits;
    @Autowired
    TestUsers users;

    @BeforeEach
    void logIn() {
        users.registerAndLogIn("mia");
    }

    @AfterEach
    void logOut() {
        users.logOut();
    }

    @Test
    void a_pop909_song_becomes_a_project_with_its_tracks_and_notes_and_exports_back_unchanged() throws Exception {
        byte[] file = Files.readAllBytes(SharedData.require("pop909").pop909Song(1));
        MidiSong original = importer.importFrom(file).song();

        ProjectMidiImport.Result result = midiImport.importAsProject("001.mid", file);

        ProjectId id = result.projectId();
        assertThat(projects.get(id).project().title()).isEqualTo("001");
        assertThat(projects.tracksOf(id)).extracting(Track::name).containsExactly("MELODY", "BRIDGE", "PIANO");
        assertThat(result.notes()).isEqualTo(original.noteCount());
        assertThat(edits.open(id).document().size()).isEqualTo(original.noteCount());

        MidiSong exported = importer.importFrom(midiExport.export(id).bytes()).song();
        assertThat(exported.tracks()).extracting(MidiTrack::name).containsExactly("MELODY", "BRIDGE", "PIANO");
        for (int i = 0; i < 3; i++) {
            assertThat(sorted(exported.tracks().get(i).notes())).isEqualTo(sorted(original.tracks().get(i).notes()));
        }
    }

    @Test
    void every_tempo_change_is_imported_exported_and_imported_again_unchanged() {
        byte[] file = TestSequence.ppq(96)
                .tempo(0, 500_000).tempo(384, 400_000).tempo(768, 400_000).tempo(1000, 652_174)
                .tempo(1536, 6_000_000).tempo(1920, 100_000)
                .track().note(0, 60, 0, 96, 90).note(0, 64, 1900, 96, 90)
                .type1();

        ProjectId first = midiImport.importAsProject("tempi.mid", file).projectId();
        TempoMap imported = projects.tempoMap(first);
        // Ticks at 480 per quarter; the repeated 150 bpm is left out; 10 and 600 bpm are clamped to 20..400.
        assertThat(imported.points()).containsExactly(new TempoPoint(0, 120), new TempoPoint(1920, 150),
                new TempoPoint(5000, 92), new TempoPoint(7680, 20), new TempoPoint(9600, 400));
        assertThat(projects.get(first).project().details().tempoBpm()).isEqualTo(120);

        byte[] exported = midiExport.export(first).bytes();
        ProjectId second = midiImport.importAsProject("tempi again.mid", exported).projectId();

        assertThat(projects.tempoMap(second)).isEqualTo(imported);
        assertThat(importer.importFrom(exported).song().tempos()).hasSize(5);
    }

    @Test
    void a_broken_file_creates_no_project() {
        assertThatThrownBy(() -> midiImport.importAsProject("broken.mid", "RIFF this is not midi".getBytes()))
                .isInstanceOf(MidiImportException.class);
        assertThat(projects.listMine("")).isEmpty();
    }

    @Test
    void export_file_names_are_safe() {
        assertThat(ProjectMidiExport.fileNameFor("My song: take 2/3")).isEqualTo("My-song-take-23.mid");
        assertThat(ProjectMidiExport.fileNameFor("???")).isEqualTo("tutti-project.mid");
        assertThat(ProjectMidiImport.titleOf("Night Drive.MID")).isEqualTo("Night Drive");
    }

    private static List<MidiNote> sorted(List<MidiNote> notes) {
        return notes.stream().sorted(MidiNote.IN_TIME_ORDER).toList();
    }
}
