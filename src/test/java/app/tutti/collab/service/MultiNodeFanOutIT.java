package app.tutti.collab.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.tutti.base.domain.ProjectId;
import app.tutti.collab.domain.OpLogEntry;
import app.tutti.composition.domain.EditOp;
import app.tutti.composition.domain.Note;
import app.tutti.composition.domain.ProjectDetails;
import app.tutti.composition.service.ProjectService;
import app.tutti.testsupport.AppNode;
import app.tutti.testsupport.RequiresPostgres;
import app.tutti.testsupport.TestUsers;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two app nodes (two whole Spring applications with their own web servers on random ports) on one
 * fresh PostgreSQL database: an operation committed on node A reaches an open editor on node B,
 * exactly once and in order, also when B's notifications were lost. The waits are generous
 * because CI shares two cores; nothing here measures time.
 */
@RequiresPostgres
class MultiNodeFanOutIT {

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    static AppNode nodeA;
    static AppNode nodeB;

    final List<OpLogEntry> heardOnB = new CopyOnWriteArrayList<>();
    ProjectId project;
    UUID track;
    ProjectBroadcaster.Subscription subscription;

    @BeforeAll
    static void startTwoNodes() {
        nodeA = AppNode.start("a", "--tutti.cluster.catch-up-interval=1h");
        nodeB = AppNode.start("b", "--tutti.cluster.catch-up-interval=1h");
    }

    @AfterAll
    static void stopNodes() {
        if (nodeB != null) {
            nodeB.close();
        }
        if (nodeA != null) {
            nodeA.close();
        }
    }

    @BeforeEach
    void openTheProjectOnNodeB() {
        nodeA.bean(TestUsers.class).registerAndLogIn("ada");
        ProjectService projects = nodeA.bean(ProjectService.class);
        project = projects.create(ProjectDetails.untitled());
        track = projects.tracksOf(project).getFirst().id();
        subscription = nodeB.bean(ProjectBroadcaster.class).subscribe(project, 0, heardOnB::add);
    }

    @AfterEach
    void close() {
        subscription.close();
        nodeA.bean(TestUsers.class).logOut();
    }

    private void submitOnNodeA(long baseSeq) {
        nodeA.bean(EditSessionService.class).submit(project, UUID.randomUUID(), baseSeq,
                new EditOp.AddNotes(List.of(new Note(UUID.randomUUID(), track, 60 + (int) baseSeq, 0, 480, 90))));
    }

    private void awaitOnNodeB(long lastSeq) {
        await().atMost(PATIENCE).until(() -> heardOnB.stream().anyMatch(e -> e.seq() == lastSeq));
        nodeB.bean(ProjectBroadcaster.class).catchUpAll();
        assertThat(heardOnB).extracting(OpLogEntry::seq)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, lastSeq).boxed().toList());
        assertThat(heardOnB).allSatisfy(entry -> assertThat(entry.projectId()).isEqualTo(project));
    }

    @Test
    void an_op_submitted_on_node_a_reaches_an_open_editor_on_node_b() {
        submitOnNodeA(0);
        awaitOnNodeB(1);
        submitOnNodeA(1);
        submitOnNodeA(2);
        awaitOnNodeB(3);
    }

    @Test
    void ops_committed_while_node_b_was_not_listening_arrive_when_it_listens_again() {
        submitOnNodeA(0);
        awaitOnNodeB(1);
        PostgresOpListener listener = nodeB.bean(PostgresOpListener.class);
        listener.stop();
        submitOnNodeA(1);
        submitOnNodeA(2);
        assertThat(heardOnB).hasSize(1);

        listener.start();

        awaitOnNodeB(3);
    }

    @Test
    void a_dropped_listener_connection_is_reopened_and_nothing_is_lost() {
        submitOnNodeA(0);
        awaitOnNodeB(1);
        JdbcClient jdbc = nodeA.bean(JdbcClient.class);
        List<Boolean> terminated = jdbc.sql("""
                SELECT pg_terminate_backend(pid) FROM pg_stat_activity
                WHERE datname = current_database() AND query LIKE 'LISTEN%'""").query(Boolean.class).list();
        assertThat(terminated).contains(true);
        submitOnNodeA(1);
        submitOnNodeA(2);
        awaitOnNodeB(3);
    }

    @Test
    void the_in_process_bus_is_replaced_by_postgres_fan_out_only_on_postgresql() {
        assertThat(nodeB.context().getBeanNamesForType(PostgresOpListener.class)).hasSize(1);
        assertThat(nodeB.context().getBeanNamesForType(PostgresOpNotifier.class)).hasSize(1);
    }
}
