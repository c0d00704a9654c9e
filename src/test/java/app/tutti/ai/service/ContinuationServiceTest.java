package app.tutti.ai.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import app.tutti.ai.domain.Generation;
import app.tutti.ai.domain.GenerationStatus;
import app.tutti.base.domain.InvalidInputException;
import app.tutti.base.domain.PermissionDeniedException;
import app.tutti.base.domain.ProjectId;
import app.tutti.collab.domain.OpLogEntry;
import app.tutti.collab.domain.OpLogRepository;
import app.tutti.collab.service.EditSessionService;
import app.tutti.composition.domain.EditOp;
import app.tutti.composition.domain.Note;
import app.tutti.composition.domain.ProjectDetails;
import app.tutti.composition.service.ProjectService;
import app.tutti.sharing.domain.ProjectRole;
import app.tutti.sharing.service.SharingService;
import app.tutti.testsupport.TestUsers;
import app.tutti.testsupport.TuttiSpringTest;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Continuations of a real project by the shipped model, on H2; {@code ContinuationServicePostgresIT}
 * runs the same on PostgreSQL. Each generation asks for one bar (a few dozen tokens).
 */
@TuttiSpringTest
class ContinuationServiceTest {

    private static final int TICKS_PER_BAR = 4 * 480;

    @Autowired
    ContinuationService continuations;
    @Autowired
    GenerationDecisionService decisions;
    @Autowired
    ProjectService projects;
    @Autowired
    EditSessionService edits;
    @Autowired
    SharingService sharing;
    @Autowired
    OpLogRepository opLog;
    @Autowired
    TestUsers users;
    @Autowired
    MeterRegistry metrics;
    @Autowired
    AiHealthIndicator health;

    ProjectId project;
    UUID track;
    String owner;

    @BeforeEach
    void projectWithFourBarsOfMelody() {
        owner = users.register("olivia");
        users.logIn(owner);
        project = projects.create(ProjectDetails.untitled());
        track = projects.tracksOf(project).getFirst().id();
        List<Note> melody = new ArrayList<>();
        int[] scale = {60, 62, 64, 65, 67, 65, 64, 62};
        for (int i = 0; i < 16; i++) {
            melody.add(new Note(UUID.randomUUID(), track, scale[i % scale.length], i * 480L, 480, 90));
        }
        edits.submit(project, UUID.randomUUID(), 0, new EditOp.AddNotes(melody));
    }

    @AfterEach
    void logOut() {
        users.logOut();
    }

    private Generation continueOneBar(long seed) {
        return continuations.request(ContinuationRequest.continueAfter(project, track, 0, 4, 1).withSeed(seed))
                .result().join();
    }

    private void logInAsNew(ProjectRole role) {
        String someone = users.register(role.name().toLowerCase());
        sharing.add(project, someone, role);
        users.logIn(someone);
    }

    @Test
    void a_continuation_proposes_notes_after_the_prompt_on_the_chosen_track_without_changing_the_project() {
        Generation generation = continueOneBar(11);

        assertThat(generation.status()).isEqualTo(GenerationStatus.DONE);
        assertThat(generation.proposedNotes()).isNotEmpty().allSatisfy(note -> {
            assertThat(note.trackId()).isEqualTo(track);
            assertThat(note.start()).isGreaterThanOrEqualTo(4L * TICKS_PER_BAR);
        });
        assertThat(generation.seed()).isEqualTo(11);
        assertThat(generation.promptFromBar()).isZero();
        assertThat(generation.promptToBar()).isEqualTo(4);
        assertThat(generation.model().name()).isEqualTo(ModelFiles.MODEL_NAME);
        assertThat(generation.model().version()).startsWith("step 3000 sha256:");
        assertThat(generation.parameters().key()).isEqualTo("C_major");
        assertThat(generation.parameters().bars()).isEqualTo(1);
        assertThat(generation.tokensGenerated()).isPositive();
        assertThat(generation.startedAt()).isNotNull();
        assertThat(edits.open(project).document().size()).isEqualTo(16);
        assertThat(continuations.history(project)).extracting(Generation::id).containsExactly(generation.id());
        assertThat(metrics.get("tutti.ai.generation").tag("outcome", "done").timer().count()).isPositive();
        assertThat(metrics.get("tutti.ai.tokens").counter().count()).isPositive();
    }

    @Test
    void the_same_seed_proposes_the_same_music_and_regenerate_picks_a_new_seed() {
        Generation first = continueOneBar(5);
        Generation again = continueOneBar(5);
        assertThat(again.proposedNotes()).extracting(Note::pitch, Note::start)
                .isEqualTo(first.proposedNotes().stream().map(n -> org.assertj.core.groups.Tuple.tuple(n.pitch(),
                        n.start())).toList());

        Generation regenerated = continuations.regenerate(first.id()).result().join();
        assertThat(regenerated.id()).isNotEqualTo(first.id());
        assertThat(regenerated.seed()).isNotEqualTo(first.seed());
        assertThat(regenerated.parameters()).isEqualTo(first.parameters());
    }

    @Test
    void accepting_writes_one_op_credited_to_the_generation_and_the_acceptor_and_a_reload_shows_the_notes() {
        Generation generation = continueOneBar(3);
        logInAsNew(ProjectRole.EDITOR);

        long seq = decisions.acceptAll(generation.id());

        OpLogEntry entry = opLog.findByProjectIdAfterSeqOrderBySeq(project, seq - 1).getFirst();
        assertThat(entry.authorGenerationId()).isEqualTo(generation.id().value());
        assertThat(entry.author()).isNotEqualTo(generation.requestedBy());
        assertThat(entry.op()).isEqualTo(new EditOp.AddNotes(generation.proposedNotes()));
        assertThat(edits.open(project).document().notes()).containsAll(generation.proposedNotes());
        Generation accepted = continuations.get(generation.id());
        assertThat(accepted.status()).isEqualTo(GenerationStatus.ACCEPTED);
        assertThat(accepted.acceptedBy()).isEqualTo(entry.author());
        assertThat(accepted.acceptedSeq()).isEqualTo(seq);
        assertThat(accepted.decidedAt()).isNotNull();
    }

    @Test
    void accepting_twice_adds_the_notes_once() {
        Generation generation = continueOneBar(4);
        long first = decisions.acceptAll(generation.id());
        long second = decisions.acceptAll(generation.id());

        assertThat(second).isEqualTo(first);
        assertThat(edits.open(project).seq()).isEqualTo(first);
        assertThat(edits.open(project).document().size()).isEqualTo(16 + generation.proposedNotes().size());
    }

    @Test
    void accepting_a_selection_adds_only_the_chosen_notes() {
        Generation generation = continueOneBar(6);
        Note kept = generation.proposedNotes().getFirst();

        decisions.acceptSome(generation.id(), List.of(kept.id()));

        assertThat(edits.open(project).document().size()).isEqualTo(17);
        assertThat(edits.open(project).document().get(kept.id())).isEqualTo(kept);
    }

    @Test
    void a_rejected_generation_adds_nothing_and_cannot_be_accepted_afterwards() {
        Generation generation = continueOneBar(8);
        decisions.reject(generation.id());

        assertThat(continuations.get(generation.id()).status()).isEqualTo(GenerationStatus.REJECTED);
        assertThatThrownBy(() -> decisions.acceptAll(generation.id())).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("rejected");
        assertThat(edits.open(project).document().size()).isEqualTo(16);
    }

    @Test
    void a_viewer_can_neither_request_nor_accept_a_generation() {
        Generation generation = continueOneBar(9);
        logInAsNew(ProjectRole.VIEWER);

        assertThatThrownBy(() -> continuations.request(ContinuationRequest.continueFrom(project, track, 4, 1)))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> decisions.acceptAll(generation.id())).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> decisions.reject(generation.id())).isInstanceOf(PermissionDeniedException.class);
        assertThat(continuations.get(generation.id()).status()).isEqualTo(GenerationStatus.DONE);
        assertThat(edits.open(project).document().size()).isEqualTo(16);
    }

    @Test
    void a_fill_in_stays_inside_its_gap() {
        Generation generation = continuations.request(ContinuationRequest.fillIn(project, track, 2, 3).withSeed(2L))
                .result().join();

        assertThat(generation.parameters().fillIn()).isTrue();
        assertThat(generation.promptToBar()).isEqualTo(2);
        assertThat(generation.proposedNotes()).allSatisfy(note -> {
            assertThat(note.start()).isGreaterThanOrEqualTo(2L * TICKS_PER_BAR);
            assertThat(note.start() + note.duration()).isLessThanOrEqualTo(3L * TICKS_PER_BAR);
        });
    }

    @Test
    void a_cancelled_generation_is_recorded_as_cancelled() {
        ContinuationRequest request = ContinuationRequest.continueAfter(project, track, 0, 4, 16).withSeed(1L);
        GenerationHandle handle = continuations.request(request);
        handle.cancel();

        Throwable thrown = catchThrowable(() -> handle.result().join());
        assertThat(thrown).isInstanceOf(CompletionException.class).hasCauseInstanceOf(GenerationFailedException.class);
        assertThat(((GenerationFailedException) thrown.getCause()).status()).isEqualTo(GenerationStatus.CANCELLED);
        assertThat(continuations.get(handle.id()).status()).isEqualTo(GenerationStatus.CANCELLED);
        assertThat(continuations.get(handle.id()).message()).startsWith("Cancelled");
    }

    @Test
    void health_reports_the_model_and_the_pool() {
        var report = health.health();
        assertThat(report.getStatus()).isEqualTo(org.springframework.boot.health.contributor.Status.UP);
        assertThat(report.getDetails()).containsEntry("mode", "local").containsKeys("model", "workers", "queued");
    }

    @Test
    void a_drum_track_or_an_odd_bar_count_is_refused_with_a_message() {
        assertThatThrownBy(() -> ContinuationRequest.continueFrom(project, track, 4, 17))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("1 to 16 bars");
        assertThatThrownBy(() -> continuations.request(ContinuationRequest.continueFrom(project, UUID.randomUUID(), 4,
                1))).isInstanceOf(InvalidInputException.class).hasMessageContaining("not part of the project");
    }
}
