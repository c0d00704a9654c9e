package app.tutti.midi.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import app.tutti.base.domain.InvalidInputException;
import app.tutti.base.domain.NotFoundException;
import app.tutti.base.domain.ProjectId;
import app.tutti.collab.service.EditSessionService;
import app.tutti.composition.domain.Note;
import app.tutti.composition.domain.TempoMap;
import app.tutti.composition.domain.TempoPoint;
import app.tutti.composition.domain.Track;
import app.tutti.composition.service.ProjectService;
import app.tutti.midi.domain.MidiNote;
import app.tutti.midi.domain.MidiSong;
import app.tutti.midi.domain.MidiTrack;
import app.tutti.midi.domain.TempoChange;
import app.tutti.testsupport.SharedData;
import app.tutti.testsupport.TestUsers;
import app.tutti.testsupport.TuttiSpringTest;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
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
    void a_selection_exports_only_its_notes_in_their_tracks_with_the_tempo_map() {
        byte[] file = TestSequence.ppq(480).tempo(0, 500_000).tempo(1920, 300_000)
                .track().name("Lead").note(0, 72, 0, 480, 100).note(0, 74, 480, 480, 100)
                .track().name("Bass").note(1, 36, 0, 960, 80)
                .track().name("Pad").note(2, 60, 0, 1920, 50)
                .type1();
        ProjectId id = midiImport.importAsProject("three.mid", file).projectId();
        Map<UUID, String> trackNames = projects.tracksOf(id).stream().collect(Collectors.toMap(Track::id, Track::name));
        Set<UUID> chosen = edits.open(id).document().notes().stream()
                .filter(n -> n.pitch() == 74 || n.pitch() == 36)
                .map(Note::id)
                .collect(Collectors.toSet());
        assertThat(chosen).hasSize(2);
        Set<UUID> withUnknown = new HashSet<>(chosen);
        withUnknown.add(UUID.randomUUID());

        ProjectMidiExport.Exported exported = midiExport.exportSelection(id, withUnknown);

        MidiSong song = importer.importFrom(exported.bytes()).song();
        assertThat(exported.fileName()).isEqualTo("three-selection.mid");
        assertThat(song.tracks()).extracting(MidiTrack::name).containsExactly("Lead", "Bass");
        assertThat(song.tracks().get(0).notes()).containsExactly(new MidiNote(74, 480, 480, 100));
        assertThat(song.tracks().get(1).notes()).containsExactly(new MidiNote(36, 0, 960, 80));
        assertThat(song.tempos()).extracting(TempoChange::tick, TempoChange::microsecondsPerQuarter)
                .containsExactly(tuple(0L, 500_000), tuple(1920L, 300_000));
        assertThat(trackNames).containsValues("Lead", "Bass", "Pad");
    }

    @Test
    void a_selection_of_notes_not_in_the_project_or_of_someone_elses_project_exports_nothing() {
        ProjectId id = midiImport.importAsProject("one.mid", TestSequence.ppq(480).track().note(0, 60, 0, 480, 90)
                .type1()).projectId();
        Set<UUID> all = edits.open(id).document().notes().stream().map(Note::id).collect(Collectors.toSet());

        assertThatThrownBy(() -> midiExport.exportSelection(id, Set.of(UUID.randomUUID())))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("None of the selected notes");
        users.registerAndLogIn("snoop");
        assertThatThrownBy(() -> midiExport.exportSelection(id, all)).isInstanceOf(NotFoundException.class);
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
