package app.tutti.collab.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tutti.base.domain.InvalidInputException;
import app.tutti.base.domain.ProjectId;
import app.tutti.collab.domain.OpLogEntry;
import app.tutti.collab.domain.OpLogRepository;
import app.tutti.composition.domain.EditOp;
import app.tutti.composition.domain.Note;
import app.tutti.composition.domain.ProjectDetails;
import app.tutti.composition.service.ProjectService;
import app.tutti.testsupport.TestUsers;
import app.tutti.testsupport.TuttiSpringTest;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@TuttiSpringTest
class ProjectBroadcasterTest {

    @Autowired
    ProjectBroadcaster broadcaster;
    @Autowired
    EditSessionService edits;
    @Autowired
    ProjectService projects;
    @Autowired
    TestUsers users;
    @Autowired
    OpLogRepository opLog;

    @AfterEach
    void logOut() {
        users.logOut();
    }

    @Test
    void open_editors_hear_committed_operations_of_their_project_only_and_not_after_unsubscribing() {
        users.registerAndLogIn("uma");
        ProjectId mine = projects.create(ProjectDetails.untitled());
        ProjectId other = projects.create(ProjectDetails.untitled());
        UUID track = projects.tracksOf(mine).getFirst().id();
        List<OpLogEntry> heard = new CopyOnWriteArrayList<>();
        var subscription = broadcaster.subscribe(mine, heard::add);

        edits.submit(mine, UUID.randomUUID(), 0, add(track, 60));
        edits.submit(other, UUID.randomUUID(), 0, add(projects.tracksOf(other).getFirst().id(), 60));
        assertThatThrownBy(() -> edits.submit(mine, UUID.randomUUID(), 1, add(UUID.randomUUID(), 61)))
                .isInstanceOf(InvalidInputException.class);
        subscription.close();
        edits.submit(mine, UUID.randomUUID(), 1, add(track, 62));

        assertThat(heard).extracting(OpLogEntry::seq).containsExactly(1L);
        assertThat(heard.getFirst().projectId()).isEqualTo(mine);
    }

    private static EditOp add(UUID track, int pitch) {
        return new EditOp.AddNotes(List.of(new Note(UUID.randomUUID(), track, pitch, 0, 480, 100)));
    }

    @Test
    void a_late_subscriber_gets_what_it_missed_and_every_op_reaches_it_exactly_once_in_order() {
        users.registerAndLogIn("vera");
        ProjectId project = projects.create(ProjectDetails.untitled());
        UUID track = projects.tracksOf(project).getFirst().id();
        edits.submit(project, UUID.randomUUID(), 0, add(track, 60));
        edits.submit(project, UUID.randomUUID(), 1, add(track, 61));
        List<OpLogEntry> heard = new CopyOnWriteArrayList<>();

        try (var subscription = broadcaster.subscribe(project, 0, heard::add)) {
            assertThat(heard).extracting(OpLogEntry::seq).containsExactly(1L, 2L);
            edits.submit(project, UUID.randomUUID(), 2, add(track, 62));
            broadcaster.onCommitted(new OpsCommitted(project, List.of(heard.get(1))));
            broadcaster.catchUp(project, 3);
            broadcaster.catchUpAll();
            edits.submit(project, UUID.randomUUID(), 3, add(track, 63));
        }

        assertThat(heard).extracting(OpLogEntry::seq).containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    void news_of_a_later_op_first_delivers_the_missing_ones_from_the_log_and_lost_news_is_caught_up() {
        users.registerAndLogIn("walt");
        ProjectId project = projects.create(ProjectDetails.untitled());
        UUID track = projects.tracksOf(project).getFirst().id();
        // A broadcaster that hears of no commit by itself: like another node whose notifications are late or lost.
        ProjectBroadcaster otherNode = new ProjectBroadcaster(opLog);
        List<OpLogEntry> heard = new CopyOnWriteArrayList<>();
        var subscription = otherNode.subscribe(project, heard::add);
        List<OpLogEntry> here = new CopyOnWriteArrayList<>();
        var local = broadcaster.subscribe(project, here::add);
        for (int i = 0; i < 3; i++) {
            edits.submit(project, UUID.randomUUID(), i, add(track, 60 + i));
        }

        otherNode.onCommitted(new OpsCommitted(project, List.of(here.get(2))));
        otherNode.onCommitted(new OpsCommitted(project, List.of(here.get(1))));
        otherNode.catchUpAll();
        edits.submit(project, UUID.randomUUID(), 3, add(track, 63));
        otherNode.catchUpAll();
        otherNode.catchUp(project, 4);
        subscription.close();
        local.close();

        assertThat(heard).extracting(OpLogEntry::seq).containsExactly(1L, 2L, 3L, 4L);
    }
}
