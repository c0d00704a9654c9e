package app.tutti.collab.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.tutti.base.domain.ProjectId;
import app.tutti.composition.domain.Note;
import app.tutti.composition.domain.ProjectDetails;
import app.tutti.composition.service.ProjectService;
import app.tutti.sharing.domain.ProjectRole;
import app.tutti.sharing.service.SharingService;
import app.tutti.testsupport.AppNode;
import app.tutti.testsupport.RequiresPostgres;
import app.tutti.testsupport.TestUsers;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two app nodes (two whole Spring applications) on one fresh PostgreSQL database: an editor on
 * node A sees an editor on node B join, move, select, drag and leave, through
 * {@code NOTIFY tutti_presence}; when B stops refreshing (as if it died) A forgets B's editor.
 * Heartbeat and expiry are short here so the test does not wait long; the waits are generous
 * because CI shares two cores.
 */
@RequiresPostgres
class MultiNodePresenceIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String[] QUICK = {"--tutti.cluster.presence-heartbeat=500ms",
        "--tutti.cluster.presence-expiry=2s"};

    static AppNode nodeA;
    static AppNode nodeB;

    final AtomicReference<List<Presence>> aliceSees = new AtomicReference<>(List.of());
    final AtomicReference<List<Presence>> bobSees = new AtomicReference<>(List.of());
    String alice;
    String bob;
    ProjectId project;
    PresenceRooms.Membership aliceOnA;

    @BeforeAll
    static void startTwoNodes() {
        nodeA = AppNode.start("presence-a", QUICK);
        nodeB = AppNode.start("presence-b", QUICK);
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
    void aliceOpensAProjectSharedWithBobOnNodeA() {
        TestUsers users = nodeA.bean(TestUsers.class);
        bob = users.register("bob");
        alice = users.register("alice");
        users.logIn(alice);
        project = nodeA.bean(ProjectService.class).create(ProjectDetails.untitled());
        nodeA.bean(SharingService.class).add(project, bob, ProjectRole.EDITOR);
        aliceOnA = nodeA.bean(PresenceRooms.class).join(project, c -> aliceSees.set(c.others()));
    }

    @AfterEach
    void close() {
        aliceOnA.close();
        nodeA.bean(TestUsers.class).logOut();
    }

    private PresenceRooms.Membership bobJoinsOnNodeB() {
        nodeA.bean(TestUsers.class).logIn(bob);
        return nodeB.bean(PresenceRooms.class).join(project, c -> bobSees.set(c.others()));
    }

    private void awaitAliceSeesBob(java.util.function.Predicate<Presence> state) {
        await().atMost(PATIENCE).until(() -> aliceSees.get().size() == 1 && state.test(aliceSees.get().getFirst()));
    }

    @Test
    void editors_on_two_nodes_see_each_other_move_and_leave() {
        PresenceRooms.Membership bobOnB = bobJoinsOnNodeB();

        awaitAliceSeesBob(p -> p.name().startsWith("Bob"));
        await().atMost(PATIENCE).until(() -> bobSees.get().stream().anyMatch(p -> p.name().startsWith("Alice")));

        Note dragged = new Note(UUID.randomUUID(), UUID.randomUUID(), 64, 480, 240, 80);
        bobOnB.update(960, 480, List.of("n1", "n2"), List.of(dragged));
        awaitAliceSeesBob(p -> p.playhead() == 960 && p.viewTick() == 480 && p.selection().equals(List.of("n1", "n2"))
                && p.dragging().equals(List.of(dragged)));
        aliceOnA.update(1920, 0, List.of("n3"), List.of());
        await().atMost(PATIENCE).until(() -> bobSees.get().size() == 1 && bobSees.get().getFirst().playhead() == 1920);

        bobOnB.close();
        await().atMost(PATIENCE).until(() -> aliceSees.get().isEmpty());
        assertThat(nodeA.bean(PresenceRooms.class).in(project)).hasSize(1);
    }

    @Test
    void the_editors_of_a_node_that_stops_refreshing_them_are_forgotten_and_come_back_when_it_does() {
        PresenceRooms.Membership bobOnB = bobJoinsOnNodeB();
        awaitAliceSeesBob(p -> true);
        PostgresPresenceNotifier notifier = nodeB.bean(PostgresPresenceNotifier.class);

        notifier.stop();
        try {
            await().atMost(PATIENCE).until(() -> aliceSees.get().isEmpty());
        } finally {
            notifier.start();
        }

        awaitAliceSeesBob(p -> p.name().startsWith("Bob"));
        bobOnB.close();
        await().atMost(PATIENCE).until(() -> aliceSees.get().isEmpty());
    }

    @Test
    void a_selection_and_drag_too_big_for_one_notification_arrive_cut_to_fit() {
        PresenceRooms.Membership bobOnB = bobJoinsOnNodeB();
        List<String> selection = IntStream.range(0, Presence.MAX_SHARED).mapToObj(i -> UUID.randomUUID().toString())
                .toList();
        List<Note> dragging = IntStream.range(0, Presence.MAX_SHARED)
                .mapToObj(i -> new Note(UUID.randomUUID(), UUID.randomUUID(), 60, 120L * i, 120, 90)).toList();

        bobOnB.update(480, 0, selection, dragging);

        awaitAliceSeesBob(p -> p.playhead() == 480);
        Presence seen = aliceSees.get().getFirst();
        assertThat(seen.selection()).isNotEmpty().isEqualTo(selection.subList(0, seen.selection().size()));
        assertThat(seen.dragging()).isNotEmpty().isEqualTo(dragging.subList(0, seen.dragging().size()));
        bobOnB.update(481, 0, List.of(), List.of());
        awaitAliceSeesBob(p -> p.playhead() == 481 && p.selection().isEmpty());
        bobOnB.close();
    }
}
