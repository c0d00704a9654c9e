package app.tutti.ai.service;

import static org.assertj.core.api.Assertions.assertThat;

import app.tutti.TuttiApplication;
import app.tutti.ai.domain.Generation;
import app.tutti.ai.domain.GenerationStatus;
import app.tutti.base.domain.ProjectId;
import app.tutti.composition.domain.ProjectDetails;
import app.tutti.composition.service.ProjectService;
import app.tutti.testsupport.PostgresTestDatabase;
import app.tutti.testsupport.RequiresPostgres;
import app.tutti.testsupport.TestUsers;
import app.tutti.testsupport.TuttiSpringTest;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same application started as an AI-worker node ({@code --tutti.role=ai-worker}: no web
 * server, no UI) serves a generation a web node in remote mode queued in PostgreSQL.
 */
@RequiresPostgres
@DirtiesContext
@TuttiSpringTest
class AiWorkerNodePostgresIT {

    @DynamicPropertySource
    static void postgresAndRemoteMode(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry);
        registry.add("tutti.ai.mode", () -> "remote");
        registry.add("tutti.ai.poll-interval", () -> "50ms");
    }

    static ConfigurableApplicationContext workerNode;

    @Autowired
    ContinuationService continuations;
    @Autowired
    ProjectService projects;
    @Autowired
    TestUsers users;

    @BeforeAll
    static void startWorkerNode() {
        workerNode = AiWorkerNode.configure(new SpringApplication(TuttiApplication.class)).run(
                "--tutti.role=ai-worker", "--tutti.ai.workers=1", "--tutti.ai.poll-interval=50ms",
                "--spring.main.banner-mode=off", "--spring.datasource.url=" + PostgresTestDatabase.url(),
                "--spring.datasource.username=postgres", "--spring.datasource.hikari.maximum-pool-size=3",
                "--tutti.data-dir=target/test-data/ai-worker");
    }

    @AfterAll
    static void stopWorkerNode() {
        workerNode.close();
    }

    @Test
    void a_worker_node_without_a_web_server_completes_a_generation_queued_by_a_web_node() {
        assertThat(workerNode.getBeansOfType(RemoteJobWorker.class)).hasSize(1);
        users.registerAndLogIn("wendy");
        ProjectId project = projects.create(ProjectDetails.untitled());
        UUID track = projects.tracksOf(project).getFirst().id();

        Generation done = continuations.request(ContinuationRequest.continueFrom(project, track, 0, 1).withSeed(3L))
                .result().join();

        assertThat(done.status()).isEqualTo(GenerationStatus.DONE);
        assertThat(done.tokensGenerated()).isPositive();
        users.logOut();
    }
}
