package app.tutti.collab.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tutti.base.domain.NotFoundException;
import app.tutti.base.domain.ProjectId;
import app.tutti.composition.domain.Note;
import app.tutti.composition.domain.ProjectDetails;
import app.tutti.composition.service.ProjectService;
import app.tutti.sharing.domain.ProjectRole;
import app.tutti.sharing.service.SharingService;
import app.tutti.testsupport.TestClock;
import app.tutti.testsupport.TestUsers;
import app.tutti.testsupport.TuttiSpringTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The room's rules, each change pushed at once (coalescing is {@link PresenceRoomTest}'s). */
@TuttiSpringTest
@RecordApplicationEvents
@TestPropertySource(properties = "tutti.presence.push-interval=0ms")
class PresenceRoomsTest {

    @Autowired
    PresenceRooms rooms;
    @Autowired
    ProjectService projects;
    @Autowired
    SharingService sharing;
    @Autowired
    TestUsers users;
    @Autowired
    TestClock clock;
    @Autowired
    ApplicationContext context;
    @Autowired
    ApplicationEvents events;

    String alice;
    String bob;
    ProjectId project;
    final AtomicReference<List<Presence>> aliceSees = new AtomicReference<>(List.of());
    final AtomicReference<List<Presence>> bobSees = new AtomicReference<>(List.of());

    @BeforeEach
    void aliceSharesWithBob() {
        alice = users.register("alice");
        bob = users.register("bob");
        users.logIn(alice);
        project = projects.create(ProjectDetails.untitled());
        sharing.add(project, bob, ProjectRole.VIEWER);
    }

    @AfterEach
    void logOut() {
        users.logOut();
    }

    /**
     * A member whose editor is going away at the same moment (its UI already detached, so its
     * listener throws) keeps neither the others from hearing nor the one leaving from leaving.
     * Found by the collab-throughput load run: tabs closing at once threw UIDetachedException out
     * of the leaving editor's detach, which then skipped unsubscribing from the project's edits.
     */
    @Test
    void a_member_whose_listener_fails_does_not_stop_the_others_hearing_or_anyone_leaving() {
        users.logIn(alice);
        PresenceRooms.Membership a = rooms.join(project, c -> aliceSees.set(c.others()));
        users.logIn(bob);
        PresenceRooms.Membership b = rooms.join(project, others -> {
            throw new IllegalStateException("this editor's UI is detached");
        });
        users.logIn(alice);
        PresenceRooms.Membership third = rooms.join(project, others -> {
        });
        assertThat(aliceSees.get()).hasSize(2);

        third.close();
        assertThat(aliceSees.get()).hasSize(1);
        b.close();
        assertThat(aliceSees.get()).isEmpty();
        a.close();
        assertThat(rooms.in(project)).isEmpty();
    }

    @Test
    void each_hears_the_other_with_their_playhead_selection_and_drag_until_they_leave() {
        users.logIn(alice);
        PresenceRooms.Membership a = rooms.join(project, c -> aliceSees.set(c.others()));
        users.logIn(bob);
        PresenceRooms.Membership b = rooms.join(project, c -> bobSees.set(c.others()));

        assertThat(aliceSees.get()).singleElement().satisfies(p -> {
            assertThat(p.name()).startsWithIgnoringCase("bob");
            assertThat(p.initials()).isNotBlank();
            assertThat(p.colour()).startsWith("#");
        });
        assertThat(bobSees.get()).singleElement().satisfies(p -> assertThat(p.name()).startsWithIgnoringCase("alice"));

        Note dragged = new Note(UUID.randomUUID(), UUID.randomUUID(), 64, 480, 240, 80);
        a.update(960, 480, List.of("n1"), List.of(dragged));
        assertThat(bobSees.get()).singleElement().satisfies(p -> {
            assertThat(p.playhead()).isEqualTo(960);
            assertThat(p.viewTick()).isEqualTo(480);
            assertThat(p.selection()).containsExactly("n1");
            assertThat(p.dragging()).containsExactly(dragged);
        });
        assertThat(aliceSees.get().getFirst().playhead()).isZero();

        b.close();
        assertThat(aliceSees.get()).isEmpty();
        assertThat(rooms.in(project)).hasSize(1);
        a.close();
        assertThat(rooms.in(project)).isEmpty();
    }

    @Test
    void a_stranger_cannot_join() {
        users.logIn(users.register("eve"));
        assertThatThrownBy(() -> rooms.join(project, others -> { })).isInstanceOf(NotFoundException.class);
        assertThat(rooms.in(project)).isEmpty();
    }

    private Presence onAnotherNode(String name, long playhead) {
        return new Presence("remote-" + name, name, name.substring(0, 1), "#3d5a80", playhead, 0, List.of("n2"),
                List.of());
    }

    @Test
    void an_editor_on_another_node_is_heard_moves_and_leaves() {
        users.logIn(alice);
        PresenceRooms.Membership a = rooms.join(project, c -> aliceSees.set(c.others()));

        rooms.heard(project, "remote-Bea", onAnotherNode("Bea", 480));
        assertThat(aliceSees.get()).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("Bea");
            assertThat(p.playhead()).isEqualTo(480);
            assertThat(p.selection()).containsExactly("n2");
        });
        rooms.heard(project, "remote-Bea", onAnotherNode("Bea", 960));
        assertThat(aliceSees.get()).singleElement().satisfies(p -> assertThat(p.playhead()).isEqualTo(960));
        assertThat(rooms.in(project)).hasSize(2);

        rooms.heard(project, "remote-Bea", null);
        assertThat(aliceSees.get()).isEmpty();
        assertThat(rooms.in(project)).hasSize(1);
        a.close();
    }

    @Test
    void an_editor_of_another_node_that_stops_refreshing_is_forgotten_after_the_expiry() {
        users.logIn(alice);
        PresenceRooms.Membership a = rooms.join(project, c -> aliceSees.set(c.others()));
        rooms.heard(project, "remote-Bea", onAnotherNode("Bea", 0));
        rooms.heard(project, "remote-Cy", onAnotherNode("Cy", 0));

        clock.advance(Duration.ofSeconds(6));
        rooms.heard(project, "remote-Cy", onAnotherNode("Cy", 240));
        rooms.expireRemote();
        assertThat(aliceSees.get()).hasSize(2);

        clock.advance(Duration.ofSeconds(6));
        rooms.expireRemote();
        assertThat(aliceSees.get()).extracting(Presence::name).containsExactly("Cy");
        a.close();
    }

    @Test
    void a_newcomer_on_another_node_makes_this_node_announce_its_editors_at_once() {
        users.logIn(alice);
        PresenceRooms.Membership a = rooms.join(project, c -> aliceSees.set(c.others()));
        String aliceKey = rooms.in(project).getFirst().key();
        events.clear();

        rooms.heard(project, "remote-Bea", onAnotherNode("Bea", 0));
        rooms.heard(project, "remote-Bea", onAnotherNode("Bea", 10));

        assertThat(events.stream(PresenceShared.class)).singleElement().satisfies(shared -> {
            assertThat(shared.key()).isEqualTo(aliceKey);
            assertThat(shared.presence()).isNotNull();
        });
        a.close();
        assertThat(events.stream(PresenceShared.class).filter(PresenceShared::left)).hasSize(1);
    }

    @Test
    void with_h2_there_is_one_node_and_nothing_goes_to_other_nodes() {
        assertThat(context.getBeanNamesForType(PostgresPresenceNotifier.class)).isEmpty();
        assertThat(context.getBeanNamesForType(PostgresPresenceListener.class)).isEmpty();
    }
}
