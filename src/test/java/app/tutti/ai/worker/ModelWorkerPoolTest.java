package app.tutti.ai.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tutti.ai.model.MusicModel;
import app.tutti.ai.service.ModelFiles;
import app.tutti.ai.token.TokenType;
import app.tutti.ai.translate.GenerationCallback;
import app.tutti.ai.translate.SamplingSettings;
import app.tutti.ai.translate.TokenConstraint;
import app.tutti.base.domain.ProjectId;
import app.tutti.base.domain.UserId;
import app.tutti.testsupport.TestClock;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The worker pool with the shipped model: short generations (a few tokens each). */
class ModelWorkerPoolTest {

    private static final int FEW_TOKENS = 6;

    static MusicModel model;
    static int[] prompt;

    final TestClock clock = new TestClock();
    final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    final ProjectId project = ProjectId.random();
    final UserId alice = new UserId(UUID.randomUUID());
    final UserId bob = new UserId(UUID.randomUUID());
    ModelWorkerPool pool;

    @BeforeAll
    static void loadModel() throws Exception {
        Path dir = Path.of("src/main/resources/model");
        ModelFiles files = ModelFiles.read(dir);
        var vocabulary = files.tokenizer().vocabulary();
        prompt = new int[] {vocabulary.id(TokenType.BOS), vocabulary.id(TokenType.BAR)};
        model = MusicModel.load(dir);
    }

    @AfterAll
    static void closeModel() {
        model.close();
    }

    @AfterEach
    void closePool() {
        if (pool != null) {
            pool.close();
        }
    }

    private ModelWorkerPool pool(int workers, int capacity, int ratePerMinute, int perProject) {
        pool = new ModelWorkerPool(new PoolSettings(workers, capacity, Duration.ofMinutes(5), ratePerMinute,
                Duration.ofMinutes(1), perProject), model, clock, registry);
        return pool;
    }

    private static InferenceRequest request(UserId user, ProjectId project, int tokens) {
        return new InferenceRequest(user, project, prompt, tokens, new SamplingSettings(1, 0, 1, 0), 7,
                TokenConstraint.NONE, GenerationCallback.CONTINUE, null);
    }

    /** Submits a request that keeps its worker on its first token until {@code release} opens. */
    private InferenceHandle held(InferenceRequest request, CountDownLatch release, List<String> started, String name) {
        CountDownLatch reached = new CountDownLatch(1);
        InferenceHandle handle = pool.submit(request, progress -> {
            if (progress.state() == InferenceState.RUNNING && progress.tokensGenerated() == 0) {
                started.add(name);
            }
            if (progress.tokensGenerated() == 1) {
                reached.countDown();
                awaitQuietly(release);
            }
        });
        awaitQuietly(reached);
        return handle;
    }

    private InferenceHandle held(InferenceRequest request, CountDownLatch release) {
        return held(request, release, new ArrayList<>(), "held");
    }

    /** Submits a request and notes its name in {@code started} when a worker takes it. */
    private InferenceHandle startsAs(String name, InferenceRequest request, List<String> started) {
        return pool.submit(request, progress -> {
            if (progress.state() == InferenceState.RUNNING && progress.tokensGenerated() == 0) {
                started.add(name);
            }
        });
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            assertThat(latch.await(60, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InferenceFailedException failure(InferenceHandle handle) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> handle.result().join());
        assertThat(thrown).isInstanceOf(CompletionException.class).hasCauseInstanceOf(InferenceFailedException.class);
        return (InferenceFailedException) thrown.getCause();
    }

    @Test
    void a_request_returns_the_tokens_it_asked_for() {
        int[] tokens = pool(1, 4, 10, 4).submit(request(alice, project, FEW_TOKENS)).result().join();
        assertThat(tokens).hasSize(FEW_TOKENS);
    }

    @Test
    void a_request_past_its_deadline_stops_its_token_loop_and_times_out() {
        pool(1, 4, 10, 4);
        InferenceHandle handle = pool.submit(request(alice, project, 10_000), progress -> {
            if (progress.tokensGenerated() == 2) {
                clock.advance(Duration.ofMinutes(10));
            }
        });
        InferenceFailedException failure = failure(handle);
        assertThat(failure.state()).isEqualTo(InferenceState.TIMED_OUT);
        assertThat(failure.getMessage()).contains("longer than 5 min");
        assertThat(handle.progress().tokensGenerated()).isLessThan(10);
    }

    @Test
    void cancel_stops_a_running_request_at_the_next_token() {
        pool(1, 4, 10, 4);
        List<InferenceHandle> self = new ArrayList<>();
        CountDownLatch submitted = new CountDownLatch(1);
        InferenceHandle handle = pool.submit(request(alice, project, 10_000), progress -> {
            if (progress.tokensGenerated() == 3) {
                awaitQuietly(submitted);
                self.getFirst().cancel();
            }
        });
        self.add(handle);
        submitted.countDown();
        assertThat(failure(handle).state()).isEqualTo(InferenceState.CANCELLED);
        assertThat(handle.progress().tokensGenerated()).isEqualTo(3);
        assertThat(handle.progress().state()).isEqualTo(InferenceState.CANCELLED);
    }

    @Test
    void cancel_takes_a_waiting_request_out_of_the_queue() {
        pool(1, 4, 10, 4);
        CountDownLatch release = new CountDownLatch(1);
        held(request(alice, project, FEW_TOKENS), release);
        InferenceHandle waiting = pool.submit(request(bob, ProjectId.random(), FEW_TOKENS));
        waiting.cancel();
        assertThat(failure(waiting).state()).isEqualTo(InferenceState.CANCELLED);
        assertThat(pool.queueDepth()).isZero();
        release.countDown();
    }

    @Test
    void a_full_queue_turns_requests_away_with_a_busy_message_and_counts_the_rejection() {
        pool(1, 2, 10, 10);
        CountDownLatch release = new CountDownLatch(1);
        InferenceHandle running = held(request(alice, project, FEW_TOKENS), release);
        InferenceHandle first = pool.submit(request(bob, project, FEW_TOKENS));
        InferenceHandle second = pool.submit(request(bob, project, FEW_TOKENS));
        assertThatThrownBy(() -> pool.submit(request(alice, project, FEW_TOKENS)))
                .isInstanceOf(PoolRejectedException.class)
                .hasMessageContaining("busy")
                .extracting(e -> ((PoolRejectedException) e).reason())
                .isEqualTo(PoolRejectedException.Reason.QUEUE_FULL);
        assertThat(registry.get("tutti.ai.rejections").tag("reason", "queue-full").counter().count()).isEqualTo(1);
        assertThat(registry.get("tutti.ai.queue.depth").gauge().value()).isEqualTo(2);
        release.countDown();
        for (InferenceHandle handle : List.of(running, first, second)) {
            assertThat(handle.result().join()).hasSize(FEW_TOKENS);
        }
    }

    @Test
    void many_requests_of_one_user_delay_another_users_request_by_at_most_one_job() {
        pool(1, 20, 20, 20);
        List<String> started = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch release = new CountDownLatch(1);
        List<InferenceHandle> handles = new ArrayList<>();
        handles.add(held(request(alice, project, FEW_TOKENS), release, started, "alice-0"));
        for (int i = 1; i <= 5; i++) {
            handles.add(startsAs("alice-" + i, request(alice, project, FEW_TOKENS), started));
        }
        InferenceHandle bobs = startsAs("bob", request(bob, project, FEW_TOKENS), started);
        handles.add(bobs);
        assertThat(bobs.progress().queuePosition()).isEqualTo(1);
        assertThat(handles.get(5).progress().queuePosition()).isEqualTo(5);
        release.countDown();
        handles.forEach(handle -> handle.result().join());
        assertThat(started).containsExactly("alice-0", "alice-1", "bob", "alice-2", "alice-3", "alice-4", "alice-5");
    }

    @Test
    void a_failing_request_fails_with_a_message_and_the_worker_keeps_serving() {
        pool(1, 4, 10, 4);
        InferenceHandle broken = pool.submit(new InferenceRequest(alice, project, new int[] {1, 99_999}, FEW_TOKENS,
                new SamplingSettings(1, 0, 1, 0), 1, TokenConstraint.NONE, GenerationCallback.CONTINUE, null));
        InferenceFailedException failure = failure(broken);
        assertThat(failure.state()).isEqualTo(InferenceState.FAILED);
        assertThat(failure.getMessage()).contains("The AI model failed").contains("outside the vocabulary");
        assertThat(pool.submit(request(alice, project, FEW_TOKENS)).result().join()).hasSize(FEW_TOKENS);
    }

    @Test
    void a_user_over_the_rate_limit_is_told_to_wait_while_others_go_on() {
        pool(1, 10, 2, 10);
        pool.submit(request(alice, project, FEW_TOKENS));
        pool.submit(request(alice, project, FEW_TOKENS));
        assertThatThrownBy(() -> pool.submit(request(alice, project, FEW_TOKENS)))
                .isInstanceOf(PoolRejectedException.class)
                .hasMessageContaining("2 AI requests in the last 1 min")
                .extracting(e -> ((PoolRejectedException) e).reason())
                .isEqualTo(PoolRejectedException.Reason.RATE_LIMITED);
        assertThat(pool.submit(request(bob, project, FEW_TOKENS)).result().join()).hasSize(FEW_TOKENS);
        clock.advance(Duration.ofMinutes(1));
        assertThat(pool.submit(request(alice, project, FEW_TOKENS)).result().join()).hasSize(FEW_TOKENS);
    }

    @Test
    void a_project_at_its_concurrency_limit_turns_further_requests_away_until_one_ends() {
        pool(1, 10, 10, 1);
        CountDownLatch release = new CountDownLatch(1);
        InferenceHandle running = held(request(alice, project, FEW_TOKENS), release);
        assertThatThrownBy(() -> pool.submit(request(bob, project, FEW_TOKENS)))
                .isInstanceOf(PoolRejectedException.class)
                .hasMessageContaining("This project already has 1 AI request");
        InferenceHandle otherProject = pool.submit(request(bob, ProjectId.random(), FEW_TOKENS));
        release.countDown();
        running.result().join();
        otherProject.result().join();
        assertThat(pool.submit(request(bob, project, FEW_TOKENS)).result().join()).hasSize(FEW_TOKENS);
    }
}
