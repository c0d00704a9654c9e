package app.tutti.ai.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import app.tutti.ai.domain.Generation;
import app.tutti.ai.domain.GenerationStatus;
import app.tutti.base.domain.ProjectId;
import app.tutti.collab.service.EditSessionService;
import app.tutti.composition.domain.EditOp;
import app.tutti.composition.domain.Note;
import app.tutti.composition.domain.ProjectDetails;
import app.tutti.composition.service.ProjectService;
import app.tutti.testsupport.TestUsers;
import app.tutti.testsupport.TuttiSpringTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The gate's retry and withholding path with the shipped model and index. The threshold is set so
 * low that ordinary music counts as a near-copy, so every real proposal is flagged (the verdicts
 * themselves are real lookups; a real near-copy at the default threshold is in
 * {@link ContinuationRulesAndProvenanceTest}).
 */
@TuttiSpringTest
@TestPropertySource(properties = "tutti.ai.originality-threshold=0.01")
class OriginalityGateRetryTest {

    @Autowired
    ContinuationService continuations;
    @Autowired
    ProjectAiSettings settings;
    @Autowired
    ProjectService projects;
    @Autowired
    EditSessionService edits;
    @Autowired
    TestUsers users;

    ProjectId project;
    UUID track;

    @BeforeEach
    void projectWithAMelody() {
        users.logIn(users.register("gina"));
        project = projects.create(ProjectDetails.untitled());
        track = projects.tracksOf(project).getFirst().id();
        List<Note> melody = new ArrayList<>();
        int[] tune = {60, 64, 67, 72, 71, 67, 64, 62};
        for (int i = 0; i < 16; i++) {
            melody.add(new Note(UUID.randomUUID(), track, tune[i % tune.length], i * 480L, 480, 90));
        }
        edits.submit(project, UUID.randomUUID(), 0, new EditOp.AddNotes(melody));
    }

    @AfterEach
    void logOut() {
        users.logOut();
    }

    @Test
    void a_flagged_proposal_is_tried_again_twice_with_new_seeds_then_withheld_with_the_explanation() {
        Throwable failure = catchThrowable(() -> continuations.request(
                ContinuationRequest.continueAfter(project, track, 0, 4, 4).withSeed(2L)).result().join());

        assertThat(failure).isInstanceOf(CompletionException.class)
                .cause().isInstanceOf(GenerationFailedException.class)
                .hasMessageContaining("Too close to training music").hasMessageContaining("Withheld");
        List<Generation> tries = continuations.history(project);
        assertThat(tries).hasSize(ContinuationService.GATE_RETRIES + 1).allSatisfy(g -> {
            assertThat(g.status()).isEqualTo(GenerationStatus.FAILED);
            assertThat(g.message()).startsWith("Too close to training music");
            assertThat(g.provenance()).isNotEmpty();
        });
        assertThat(tries).extracting(Generation::seed).doesNotHaveDuplicates();

        catchThrowable(() -> continuations.request(ContinuationRequest.continueAfter(project, track, 0, 4, 4)
                .withSeed(2L)).result().join());
        List<Long> seeds = tries.stream().map(Generation::seed).sorted().toList();
        assertThat(continuations.history(project)).extracting(Generation::seed).hasSize(2 * seeds.size())
                .as("the same seeded request retries with the same seeds").containsOnlyElementsOf(seeds);
    }

    @Test
    void with_the_gate_switched_off_the_proposal_is_kept_and_its_provenance_shown() {
        settings.setOriginalityGate(project, false);

        Generation generation = continuations.request(ContinuationRequest.continueAfter(project, track, 0, 4, 4)
                .withSeed(2L)).result().join();

        assertThat(generation.status()).isEqualTo(GenerationStatus.DONE);
        assertThat(generation.provenance()).isNotEmpty();
        assertThat(continuations.history(project)).hasSize(1);
    }
}
