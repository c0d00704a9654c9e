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
import app.tutti.testsupport.TestUsers;
import app.tutti.testsupport.TuttiSpringTest;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@TuttiSpringTest
class PresenceRoomsTest {

    @Autowired
    PresenceRooms rooms;
    @Autowired
    ProjectService projects;
    @Autowired
    SharingService sharing;
    @Autowired
    TestUsers users;

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
        PresenceRooms.Membership a = rooms.join(project, aliceSees::set);
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
        PresenceRooms.Membership a = rooms.join(project, aliceSees::set);
        users.logIn(bob);
        PresenceRooms.Membership b = rooms.join(project, bobSees::set);

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
}
