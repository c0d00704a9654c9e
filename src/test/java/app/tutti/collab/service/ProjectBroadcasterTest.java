package app.tutti.collab.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tutti.base.domain.InvalidInputException;
import app.tutti.base.domain.ProjectId;
import app.tutti.collab.domain.OpLogEntry;
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
}
