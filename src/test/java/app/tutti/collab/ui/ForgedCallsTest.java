package app.tutti.collab.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tutti.base.domain.NotFoundException;
import app.tutti.base.domain.PermissionDeniedException;
import app.tutti.base.domain.ProjectId;
import app.tutti.base.domain.UserId;
import app.tutti.base.security.AppUser;
import app.tutti.collab.service.EditSessionService;
import app.tutti.composition.domain.EditOp;
import app.tutti.composition.domain.Note;
import app.tutti.composition.domain.ProjectDetails;
import app.tutti.composition.service.ProjectService;
import app.tutti.sharing.domain.ProjectRole;
import app.tutti.sharing.service.PublicLinkService;
import app.tutti.sharing.service.SharingService;
import app.tutti.testsupport.KaribuTest;
import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.AuthenticationException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls a browser could forge: the roll's {@code submit} client call and the edit service, made
 * directly by people who may not edit. Each is refused and the operation log stays as it was.
 */
class ForgedCallsTest extends KaribuTest {

    @Autowired
    ProjectService projects;
    @Autowired
    EditSessionService edits;
    @Autowired
    SharingService sharing;
    @Autowired
    PublicLinkService publicLinks;
    @Autowired
    JdbcClient jdbc;

    private final JsonMapper json = JsonMapper.builder().build();
    String owner;
    ProjectId project;
    UUID track;

    @BeforeEach
    void createProjectWithOneNote() {
        owner = registerAndLogIn("owner");
        project = projects.create(ProjectDetails.untitled());
        track = projects.tracksOf(project).getFirst().id();
        edits.submit(project, UUID.randomUUID(), 0, addNote());
    }

    private EditOp.AddNotes addNote() {
        return new EditOp.AddNotes(List.of(new Note(UUID.randomUUID(), track, 64, 0, 480, 90)));
    }

    private JsonNode forgedSubmit() {
        return json.readTree("{\"clientOpId\":\"" + UUID.randomUUID() + "\",\"baseSeq\":1,\"op\":"
                + json.writeValueAsString(addNote()) + "}");
    }

    private long logSize() {
        return jdbc.sql("SELECT COUNT(*) FROM op_log WHERE project_id = :id").param("id", project.value())
                .query(Long.class).single();
    }

    private String member(ProjectRole role) {
        String username = users.register(role.label().toLowerCase());
        sharing.add(project, username, role);
        return username;
    }

    private EditorView openEditor() {
        UI.getCurrent().navigate("projects/" + project);
        return _get(EditorView.class);
    }

    @Test
    void a_viewer_is_refused_by_the_roll_and_by_the_service() {
        String viewer = member(ProjectRole.VIEWER);
        logIn(viewer);
        EditorView editor = openEditor();

        editor.roll.submit(forgedSubmit());
        assertThatThrownBy(() -> edits.submit(project, UUID.randomUUID(), 1, addNote()))
                .isInstanceOf(PermissionDeniedException.class);

        assertThat(logSize()).isEqualTo(1);
    }

    @Test
    void a_non_member_is_told_the_project_does_not_exist() {
        registerAndLogIn("stranger");
        assertThatThrownBy(() -> edits.submit(project, UUID.randomUUID(), 1, addNote()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> edits.open(project)).isInstanceOf(NotFoundException.class);
        assertThat(logSize()).isEqualTo(1);
    }

    @Test
    void a_visitor_with_the_public_link_cannot_edit() {
        String path = publicLinks.enable(project);
        users.logOut();
        UI.getCurrent().navigate(path);
        ListenView listen = _get(ListenView.class);
        assertThat(listen.title.getText()).isEqualTo(ProjectDetails.untitled().title());

        listen.roll.submit(forgedSubmit());
        assertThatThrownBy(() -> edits.submit(project, UUID.randomUUID(), 1, addNote()))
                .isInstanceOf(AuthenticationException.class);

        assertThat(logSize()).isEqualTo(1);
    }

    @Test
    void a_signed_in_stranger_with_the_public_link_cannot_edit_either() {
        String path = publicLinks.enable(project);
        registerAndLogIn("stranger");
        UI.getCurrent().navigate(path);
        _get(ListenView.class).roll.submit(forgedSubmit());
        assertThatThrownBy(() -> edits.submit(project, UUID.randomUUID(), 1, addNote()))
                .isInstanceOf(NotFoundException.class);
        assertThat(logSize()).isEqualTo(1);
    }

    @Test
    void a_removed_member_with_the_editor_still_open_is_refused() {
        String editorName = member(ProjectRole.EDITOR);
        logIn(editorName);
        EditorView editor = openEditor();
        editor.roll.submit(forgedSubmit());
        assertThat(logSize()).isEqualTo(2);
        UserId removed = ((AppUser) users.logIn(editorName).getPrincipal()).userId();

        users.logIn(owner);
        sharing.remove(project, removed);
        logIn(editorName);

        editor.roll.submit(forgedSubmit());
        assertThatThrownBy(() -> edits.submit(project, UUID.randomUUID(), 2, addNote()))
                .isInstanceOf(NotFoundException.class);
        assertThat(logSize()).isEqualTo(2);
    }

    @Test
    void an_unknown_public_link_shows_a_message() {
        users.logOut();
        UI.getCurrent().navigate("listen/not-a-real-token");
        assertThat(_get(ListenView.class).message.getText()).contains("does not exist");
    }
}
