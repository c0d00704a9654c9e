package app.tutti.ai.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tutti.ai.domain.Generation;
import app.tutti.ai.domain.GenerationStatus;
import app.tutti.ai.provenance.OriginalityGate;
import app.tutti.ai.provenance.ProvenanceIndex;
import app.tutti.ai.provenance.ProvenanceMatch;
import app.tutti.ai.token.MusicKey;
import app.tutti.ai.token.PitchClass;
import app.tutti.ai.translate.MusicRules;
import app.tutti.base.domain.PermissionDeniedException;
import app.tutti.base.domain.ProjectId;
import app.tutti.collab.service.EditSessionService;
import app.tutti.composition.domain.EditOp;
import app.tutti.composition.domain.Note;
import app.tutti.composition.domain.ProjectDetails;
import app.tutti.composition.service.ProjectService;
import app.tutti.sharing.domain.ProjectRole;
import app.tutti.sharing.service.SharingService;
import app.tutti.testsupport.TestUsers;
import app.tutti.testsupport.TuttiSpringTest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Rules travel with a generation, and each generation gets its provenance; shipped model and index. */
@TuttiSpringTest
class ContinuationRulesAndProvenanceTest {

    private static final MusicRules C_MAJOR_60_TO_72_ONE_VOICE = MusicRules.NONE
            .inKey(MusicKey.of(PitchClass.of(0), false)).pitchRange(60, 72).polyphony(1);

    @Autowired
    ContinuationService continuations;
    @Autowired
    ProjectAiSettings settings;
    @Autowired
    ProposalProvenance provenance;
    @Autowired
    PromptBuilder prompts;
    @Autowired
    ProvenanceIndex index;
    @Autowired
    ProjectService projects;
    @Autowired
    EditSessionService edits;
    @Autowired
    SharingService sharing;
    @Autowired
    TestUsers users;

    ProjectId project;
    UUID track;

    @BeforeEach
    void projectWithFourBarsOfChords() {
        users.logIn(users.register("rita"));
        project = projects.create(ProjectDetails.untitled());
        track = projects.tracksOf(project).getFirst().id();
        List<Note> chords = new ArrayList<>();
        int[][] harmony = {{48, 55, 64, 71}, {53, 57, 65, 76}, {43, 59, 62, 77}, {48, 52, 67, 84}};
        for (int bar = 0; bar < 4; bar++) {
            for (int pitch : harmony[bar]) {
                chords.add(new Note(UUID.randomUUID(), track, pitch + 1, bar * 1920L, 1920, 90));
            }
        }
        edits.submit(project, UUID.randomUUID(), 0, new EditOp.AddNotes(chords));
    }

    @AfterEach
    void logOut() {
        users.logOut();
    }

    @Test
    void every_new_note_keeps_the_rules_and_a_regenerate_applies_the_recorded_rules() {
        Generation generation = continuations.request(ContinuationRequest.continueAfter(project, track, 0, 4, 2)
                .withSeed(3L).withRules(C_MAJOR_60_TO_72_ONE_VOICE)).result().join();
        Generation again = continuations.regenerate(generation.id()).result().join();

        for (Generation g : List.of(generation, again)) {
            assertThat(g.parameters().rules()).isEqualTo(C_MAJOR_60_TO_72_ONE_VOICE);
            assertThat(g.proposedNotes()).isNotEmpty().allSatisfy(note -> {
                assertThat(note.pitch()).isBetween(60, 72);
                assertThat(C_MAJOR_60_TO_72_ONE_VOICE.key().contains(note.pitch())).as("%s in C major", note.pitch())
                        .isTrue();
                assertThat(g.proposedNotes().stream().filter(other -> other.start() <= note.start()
                        && note.start() < other.start() + other.duration())).hasSize(1);
            });
        }
    }

    @Test
    void a_continuation_under_rules_always_brings_notes() {
        List<Long> emptySeeds = new ArrayList<>();
        for (long seed = 0; seed < 18; seed++) {
            Generation g = continuations.request(ContinuationRequest.continueAfter(project, track, 0, 4, 2)
                    .withSeed(seed).withRules(C_MAJOR_60_TO_72_ONE_VOICE)).result().join();
            if (g.proposedNotes().isEmpty()) {
                emptySeeds.add(seed);
            }
        }
        assertThat(emptySeeds).as("seeds whose continuation has no note").isEmpty();
    }

    @Test
    void without_rules_the_same_seed_leaves_the_rules_somewhere() {
        Generation free = continuations.request(ContinuationRequest.continueAfter(project, track, 0, 4, 2)
                .withSeed(3L)).result().join();

        assertThat(free.parameters().rules()).isEqualTo(MusicRules.NONE);
        assertThat(free.proposedNotes()).anySatisfy(note -> assertThat(note.pitch() < 60 || note.pitch() > 72
                || !C_MAJOR_60_TO_72_ONE_VOICE.key().contains(note.pitch())).isTrue());
    }

    @Test
    void the_closest_training_excerpts_are_stored_with_the_generation_and_can_be_heard() {
        Generation generation = continuations.request(ContinuationRequest.continueAfter(project, track, 0, 4, 4)
                .withSeed(8L)).result().join();

        assertThat(generation.status()).isEqualTo(GenerationStatus.DONE);
        assertThat(generation.provenance()).isNotEmpty().hasSizeLessThanOrEqualTo(3).allSatisfy(excerpt -> {
            assertThat(excerpt.title()).isNotBlank();
            assertThat(excerpt.credit()).isNotBlank();
            assertThat(excerpt.similarity()).isBetween(0.0, OriginalityGate.DEFAULT_THRESHOLD);
            assertThat(excerpt.lastBar()).isGreaterThanOrEqualTo(excerpt.firstBar());
        });
        assertThat(continuations.history(project).getFirst().provenance()).isEqualTo(generation.provenance());
        List<Note> excerpt = continuations.provenanceExcerpt(generation.id(), 0);
        assertThat(excerpt).isNotEmpty().allSatisfy(note -> {
            assertThat(note.trackId()).isEqualTo(track);
            assertThat(note.start()).isGreaterThanOrEqualTo(4 * 1920L);
        });
    }

    @Test
    void a_proposal_that_is_a_training_excerpt_is_flagged_by_the_gate_with_its_source() {
        Generation generation = continuations.request(ContinuationRequest.continueAfter(project, track, 0, 4, 4)
                .withSeed(8L)).result().join();
        List<ProvenanceMatch> closest = index.nearest(prompts.gridOf(project).bars(generation.proposedNotes(), 4, 4),
                3);
        // the busiest excerpt: a line of a few long notes is never scored as a copy (docs/provenance.md)
        int rank = IntStream.range(0, closest.size()).boxed().max(Comparator.comparingInt(
                r -> continuations.provenanceExcerpt(generation.id(), r).size())).orElseThrow();
        ProvenanceMatch nearest = closest.get(rank);
        List<Note> copied = continuations.provenanceExcerpt(generation.id(), rank);
        Generation copying = new Generation(generation.id(), project, generation.requestedBy(), generation.model(),
                track, generation.promptFromBar(), generation.promptToBar(), generation.parameters(),
                generation.seed(), GenerationStatus.DONE, null, 0, copied, null, null, generation.requestedAt(), null,
                null, null, List.of());

        OriginalityGate.Verdict verdict = provenance.check(copying, prompts.gridOf(project));

        assertThat(verdict.flagged()).isTrue();
        assertThat(verdict.closest().getFirst().source()).isEqualTo(nearest.source());
        assertThat(verdict.explanation().orElseThrow()).startsWith("Too close to training music: "
                + nearest.source().title());
    }

    @Test
    void the_gate_is_on_by_default_and_only_the_owner_switches_it() {
        assertThat(settings.originalityGateOn(project)).isTrue();
        settings.setOriginalityGate(project, false);
        assertThat(settings.originalityGateOn(project)).isFalse();

        String editor = users.register("eddie");
        sharing.add(project, editor, ProjectRole.EDITOR);
        users.logIn(editor);
        assertThatThrownBy(() -> settings.setOriginalityGate(project, true))
                .isInstanceOf(PermissionDeniedException.class);
    }
}
