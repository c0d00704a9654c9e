package app.tutti.ai.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.tutti.ai.domain.Generation;
import app.tutti.ai.service.ContinuationRequest;
import app.tutti.ai.service.GenerationHandle;
import app.tutti.ai.token.MusicKey;
import app.tutti.ai.token.PitchClass;
import app.tutti.base.domain.ProjectId;
import app.tutti.collab.service.EditSessionService;
import app.tutti.collab.ui.RollPosition;
import app.tutti.composition.domain.EditOp;
import app.tutti.composition.domain.MusicalKey;
import app.tutti.composition.domain.Note;
import app.tutti.composition.domain.ProjectDetails;
import app.tutti.composition.domain.Track;
import app.tutti.composition.service.ProjectService;
import app.tutti.composition.service.TrackService;
import app.tutti.testsupport.KaribuTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The Continue dialog's server side: defaults from the project and the roll, the request it builds, and a real run. */
class ContinueDialogTest extends KaribuTest {

    private static final long BAR = 1920;

    @Autowired
    AiServices services;
    @Autowired
    ProjectService projects;
    @Autowired
    EditSessionService edits;
    @Autowired
    TrackService trackService;

    ProjectId project;
    List<Track> tracks;

    @BeforeEach
    void aProjectInDMinorWithFourBarsAndTwoTracks() {
        registerAndLogIn("dora");
        project = projects.create(ProjectDetails.untitled().withTitle("Dialog"));
        projects.updateDetails(project, new ProjectDetails("Dialog", 96, projects.get(project).project().details()
                .timeSignature(), new MusicalKey(2, MusicalKey.Mode.MINOR)));
        trackService.add(project, "Bass", 33);
        tracks = projects.tracksOf(project);
        List<Note> notes = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            notes.add(new Note(UUID.randomUUID(), tracks.getFirst().id(), 62 + i % 5, i * 480L, 480, 90));
        }
        edits.submit(project, UUID.randomUUID(), 0, new EditOp.AddNotes(notes));
    }

    private ContinueDialog dialog(RollPosition position, AtomicReference<GenerationHandle> started) {
        ContinueDialog dialog = new ContinueDialog(services, project, projects.get(project), position,
                (handle, track) -> started.set(handle));
        dialog.open();
        return dialog;
    }

    @Test
    void defaults_come_from_the_project_and_the_roll_and_a_selection_becomes_the_prompt() {
        RollPosition selectedBarsTwoToThree = new RollPosition(0, tracks.get(1).id(), BAR + 10, 3 * BAR - 5);
        ContinueDialog dialog = dialog(selectedBarsTwoToThree, new AtomicReference<>());

        assertThat(dialog.bars.getValue()).isEqualTo(4);
        assertThat(dialog.temperature.getValue()).isEqualTo(1.0);
        assertThat(dialog.track.getValue().id()).isEqualTo(tracks.get(1).id());
        assertThat(dialog.key.getValue()).isEqualTo(new MusicalKey(2, MusicalKey.Mode.MINOR));
        assertThat(dialog.tempo.getValue()).isEqualTo(96.0);
        assertThat(dialog.from.getValue()).isEqualTo("After the selection (bars 2–3)");

        ContinuationRequest request = dialog.buildRequest();
        assertThat(request.promptFromBar()).isEqualTo(1);
        assertThat(request.startBar()).isEqualTo(3);
        assertThat(request.bars()).isEqualTo(4);
        assertThat(request.trackId()).isEqualTo(tracks.get(1).id());
        assertThat(request.rules().key()).isEqualTo(MusicKey.of(PitchClass.of(2), true));
    }

    @Test
    void fill_in_explains_that_the_model_cannot_see_after_the_gap_and_asks_for_a_clipped_gap() {
        ContinueDialog dialog = dialog(new RollPosition(4 * BAR, tracks.getFirst().id(), -1, -1),
                new AtomicReference<>());
        assertThat(dialog.from.getValue()).isEqualTo("From the playhead (bar 5)");

        _setValue(dialog.mode, ContinueDialog.FILL_IN);
        _setValue(dialog.bars, 2);

        assertThat(dialog.start.getText()).isEqualTo("Fill in");
        assertThat(ContinueDialog.FILL_IN_HELP).contains("not the music after it");
        ContinuationRequest request = dialog.buildRequest();
        assertThat(request.fillIn()).isTrue();
        assertThat(request.startBar()).isEqualTo(4);
        assertThat(request.bars()).isEqualTo(2);
    }

    @Test
    void continue_runs_the_model_with_the_chosen_rules_and_hands_over_the_generation() {
        AtomicReference<GenerationHandle> started = new AtomicReference<>();
        ContinueDialog dialog = dialog(new RollPosition(0, tracks.getFirst().id(), 0, 4 * BAR), started);
        _setValue(dialog.bars, 1);
        _setValue(dialog.lowest, 60);
        _setValue(dialog.highest, 72);
        _setValue(dialog.polyphony, 1);

        _click(dialog.start);

        Generation generation = started.get().result().join();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(generation.promptToBar()).isEqualTo(4);
        assertThat(generation.parameters().rules().maxPolyphony()).isEqualTo(1);
        assertThat(generation.proposedNotes()).allSatisfy(note -> {
            assertThat(note.pitch()).isBetween(60, 72);
            assertThat(MusicKey.of(PitchClass.of(2), true).contains(note.pitch())).isTrue();
        });
    }
}
