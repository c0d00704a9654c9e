package app.tutti.ai.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import app.tutti.ai.domain.ClaimedJob;
import app.tutti.ai.domain.Generation;
import app.tutti.ai.domain.GenerationJobRepository;
import app.tutti.ai.domain.GenerationStatus;
import app.tutti.ai.model.MusicModel;
import app.tutti.base.domain.ProjectId;
import app.tutti.collab.service.EditSessionService;
import app.tutti.composition.domain.EditOp;
import app.tutti.composition.domain.Note;
import app.tutti.composition.domain.ProjectDetails;
import app.tutti.composition.service.ProjectService;
import app.tutti.testsupport.PostgresTestDatabase;
import app.tutti.testsupport.RequiresPostgres;
import app.tutti.testsupport.RunsOnPostgres;
import app.tutti.testsupport.TestClock;
import app.tutti.testsupport.TestUsers;
import app.tutti.testsupport.TuttiSpringTest;
import java.time.Clock;
import java.time.Duration;
import app.tutti.ai.token.MusicKey;
import app.tutti.ai.token.PitchClass;
import app.tutti.ai.translate.MusicRules;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Scale-out on PostgreSQL: this node queues generations ({@code tutti.ai.mode=remote}) and two
 * AI workers, each with its own database connections and model, claim them from the job table.
 */
@RequiresPostgres
@DirtiesContext
@TuttiSpringTest
class RemoteGenerationPostgresIT implements RunsOnPostgres {

    private static final Duration LEASE = Duration.ofSeconds(30);

    @DynamicPropertySource
    static void postgresAndRemoteMode(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry);
        registry.add("tutti.ai.mode", () -> "remote");
        registry.add("tutti.ai.poll-interval", () -> "50ms");
        registry.add("tutti.ai.lease", () -> "30s");
        registry.add("tutti.ai.max-attempts", () -> "2");
        registry.add("tutti.ai.project-concurrency", () -> "20");
    }

    static MusicModel model;

    @Autowired
    ContinuationService continuations;
    @Autowired
    RemoteJobs remoteJobs;
    @Autowired
    GenerationJobRepository jobs;
    @Autowired
    ModelFiles files;
    @Autowired
    ProjectService projects;
    @Autowired
    EditSessionService edits;
    @Autowired
    TestUsers users;
    @Autowired
    TestClock clock;

    final List<RemoteJobWorker> workers = new ArrayList<>();
    ProjectId project;
    UUID track;

    @BeforeAll
    static void loadModel() throws Exception {
        model = MusicModel.load(java.nio.file.Path.of("src/main/resources/model"));
    }

    @AfterAll
    static void closeModel() {
        model.close();
    }

    @BeforeEach
    void projectWithTwoBars() {
        users.registerAndLogIn("rita");
        project = projects.create(ProjectDetails.untitled());
        track = projects.tracksOf(project).getFirst().id();
        List<Note> notes = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            notes.add(new Note(UUID.randomUUID(), track, 60 + i, i * 480L, 480, 90));
        }
        edits.submit(project, UUID.randomUUID(), 0, new EditOp.AddNotes(notes));
    }

    @AfterEach
    void stopWorkers() {
        workers.forEach(RemoteJobWorker::close);
        users.logOut();
    }

    private RemoteJobWorker worker(String name, Clock workerClock) {
        RemoteJobWorker worker = new RemoteJobWorker(remoteJobs, files, model, workerClock, Duration.ofMillis(20), name);
        workers.add(worker);
        worker.start(1);
        return worker;
    }

    private GenerationHandle requestOneBar(long seed) {
        return continuations.request(ContinuationRequest.continueAfter(project, track, 0, 2, 1).withSeed(seed));
    }

    @Test
    void a_worker_node_applies_the_rules_recorded_with_the_job() {
        MusicRules rules = MusicRules.NONE.inKey(MusicKey.of(PitchClass.of(2), true)).pitchRange(62, 69).polyphony(1);
        GenerationHandle handle = continuations.request(ContinuationRequest.continueAfter(project, track, 0, 2, 2)
                .withSeed(4L).withRules(rules));
        worker("worker-a", clock);

        Generation done = handle.result().join();
        assertThat(done.parameters().rules()).isEqualTo(rules);
        assertThat(done.proposedNotes()).isNotEmpty().allSatisfy(note -> {
            assertThat(note.pitch()).isBetween(62, 69);
            assertThat(rules.key().contains(note.pitch())).isTrue();
        });
    }

    @Test
    void two_workers_do_every_job_exactly_once() {
        List<GenerationHandle> handles = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            handles.add(requestOneBar(i));
        }
        worker("worker-a", clock);
        worker("worker-b", clock);

        for (GenerationHandle handle : handles) {
            Generation done = handle.result().join();
            assertThat(done.status()).isEqualTo(GenerationStatus.DONE);
            assertThat(done.proposedNotes()).allSatisfy(note -> assertThat(note.start()).isGreaterThanOrEqualTo(
                    2 * 1920L));
            assertThat(jobs.attemptsOf(done.id())).isEqualTo(1);
        }
    }

    @Test
    void a_job_whose_worker_died_is_finished_by_another_after_its_lease_and_the_late_result_is_dropped() {
        GenerationHandle handle = requestOneBar(42);
        ClaimedJob abandoned = remoteJobs.claim("worker-that-dies").orElseThrow();
        assertThat(abandoned.generationId()).isEqualTo(handle.id());
        assertThat(remoteJobs.claim("worker-b")).isEmpty();

        clock.advance(LEASE.plusSeconds(1));
        worker("worker-b", clock);
        Generation done = handle.result().join();

        assertThat(done.status()).isEqualTo(GenerationStatus.DONE);
        assertThat(jobs.attemptsOf(done.id())).isEqualTo(2);
        int[] lateTokens = new int[] {files.tokenizer().vocabulary().id(app.tutti.ai.token.TokenType.BAR)};
        assertThat(remoteJobs.complete(abandoned, lateTokens)).isFalse();
        assertThat(continuations.get(done.id()).proposedNotes()).isEqualTo(done.proposedNotes());
    }

    @Test
    void a_job_that_keeps_losing_its_worker_fails_cleanly_after_the_last_attempt() {
        GenerationHandle handle = requestOneBar(7);
        remoteJobs.claim("first-dies").orElseThrow();
        clock.advance(LEASE.plusSeconds(1));
        remoteJobs.claim("second-dies").orElseThrow();
        clock.advance(LEASE.plusSeconds(1));

        assertThat(remoteJobs.claim("third")).isEmpty();

        Throwable thrown = catchThrowable(() -> handle.result().join());
        assertThat(thrown).isInstanceOf(CompletionException.class).hasCauseInstanceOf(GenerationFailedException.class);
        assertThat(thrown.getCause()).hasMessageContaining("stopped responding 2 times");
        assertThat(continuations.get(handle.id()).status()).isEqualTo(GenerationStatus.FAILED);
    }

    @Test
    void a_waiting_job_can_be_cancelled() {
        GenerationHandle handle = requestOneBar(9);
        continuations.cancel(handle.id());

        assertThat(continuations.get(handle.id()).status()).isEqualTo(GenerationStatus.CANCELLED);
        assertThat(remoteJobs.claim("worker")).isEmpty();
        Throwable thrown = catchThrowable(() -> handle.result().join());
        assertThat(thrown.getCause()).isInstanceOf(GenerationFailedException.class);
    }
}
