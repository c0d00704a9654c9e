package app.tutti.sharing.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tutti.base.domain.NotFoundException;
import app.tutti.base.domain.PermissionDeniedException;
import app.tutti.base.domain.ProjectId;
import app.tutti.collab.service.EditSessionService;
import app.tutti.composition.domain.EditOp;
import app.tutti.composition.domain.Note;
import app.tutti.composition.domain.ProjectDetails;
import app.tutti.composition.service.ProjectService;
import app.tutti.sharing.domain.ProjectRole;
import app.tutti.testsupport.TestUsers;
import app.tutti.testsupport.TuttiSpringTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The public read-only link: the owner switches it, anyone with it may read, nobody may write. */
@TuttiSpringTest
class PublicLinkServiceTest {

    @Autowired
    PublicLinkService publicLinks;
    @Autowired
    SharingService sharing;
    @Autowired
    ProjectService projects;
    @Autowired
    EditSessionService edits;
    @Autowired
    TestUsers users;

    String owner;
    ProjectId project;

    @BeforeEach
    void createProjectWithANote() {
        owner = users.register("owner");
        users.logIn(owner);
        project = projects.create(ProjectDetails.untitled());
        UUID track = projects.tracksOf(project).getFirst().id();
        edits.submit(project, UUID.randomUUID(), 0,
                new EditOp.AddNotes(List.of(new Note(UUID.randomUUID(), track, 60, 0, 480, 90))));
    }

    @AfterEach
    void logOut() {
        users.logOut();
    }

    private static String token(String path) {
        assertThat(path).startsWith(PublicLinkService.LISTEN_PATH);
        return path.substring(PublicLinkService.LISTEN_PATH.length());
    }

    @Test
    void anyone_with_the_link_reads_the_project_without_signing_in() {
        String token = token(publicLinks.enable(project));
        users.logOut();

        var session = edits.openByPublicLink(token);

        assertThat(session.project().project().id()).isEqualTo(project);
        assertThat(session.document().role()).isEqualTo(ProjectRole.VIEWER);
        assertThat(session.document().document().notes()).hasSize(1);
        assertThat(session.project().tracks()).hasSize(1);
    }

    @Test
    void switching_off_or_renewing_stops_the_old_link() {
        String first = token(publicLinks.enable(project));
        String second = token(publicLinks.enable(project));
        assertThat(second).isNotEqualTo(first);
        assertThatThrownBy(() -> edits.openByPublicLink(first)).isInstanceOf(NotFoundException.class);
        assertThat(edits.openByPublicLink(second).project().project().id()).isEqualTo(project);

        publicLinks.disable(project);
        assertThat(publicLinks.enabledSince(project)).isEmpty();
        assertThatThrownBy(() -> edits.openByPublicLink(second)).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("switched it off");
    }

    @Test
    void only_the_owner_switches_the_link() {
        String editor = users.register("editor");
        sharing.add(project, editor, ProjectRole.EDITOR);
        users.logIn(editor);
        assertThatThrownBy(() -> publicLinks.enable(project)).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> publicLinks.disable(project)).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> publicLinks.enabledSince(project)).isInstanceOf(PermissionDeniedException.class);
    }
}
