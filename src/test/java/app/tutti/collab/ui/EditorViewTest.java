package app.tutti.collab.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.tutti.base.domain.ProjectId;
import app.tutti.base.security.AppUser;
import app.tutti.base.ui.NotFoundView;
import app.tutti.collab.service.EditSessionService;
import app.tutti.composition.domain.ProjectDetails;
import app.tutti.composition.service.ProjectService;
import app.tutti.sharing.domain.ProjectMemberRepository;
import app.tutti.sharing.domain.ProjectRole;
import app.tutti.testsupport.KaribuTest;
import app.tutti.testsupport.TestClock;
import com.vaadin.flow.component.UI;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The editor's server side: what a browser's calls can and cannot do. */
class EditorViewTest extends KaribuTest {

    @Autowired
    ProjectService projects;
    @Autowired
    EditSessionService edits;
    @Autowired
    ProjectMemberRepository members;
    @Autowired
    TestClock clock;

    private final JsonMapper json = JsonMapper.builder().build();

    private JsonNode addNote(UUID track, int pitch) {
        return json.readTree("{\"clientOpId\":\"" + UUID.randomUUID() + "\",\"baseSeq\":0,\"op\":{\"type\":\"AddNotes\","
                + "\"notes\":[{\"id\":\"" + UUID.randomUUID() + "\",\"trackId\":\"" + track + "\",\"pitch\":" + pitch
                + ",\"start\":0,\"duration\":480,\"velocity\":90}]}}");
    }

    private EditorView open(ProjectId id) {
        UI.getCurrent().navigate("projects/" + id);
        return _get(EditorView.class);
    }

    @Test
    void an_edit_from_the_roll_is_stored_in_the_log() {
        registerAndLogIn("ed");
        ProjectId id = projects.create(ProjectDetails.untitled());
        EditorView editor = open(id);

        editor.roll.submit(addNote(projects.tracksOf(id).getFirst().id(), 64));

        assertThat(edits.open(id).document().notes()).singleElement().satisfies(n -> assertThat(n.pitch()).isEqualTo(64));
    }

    @Test
    void a_viewer_forging_an_edit_changes_nothing() {
        registerAndLogIn("owner");
        ProjectId id = projects.create(ProjectDetails.untitled());
        UUID track = projects.tracksOf(id).getFirst().id();
        String viewer = registerAndLogIn("viewer");
        members.insert(id, ((AppUser) users.logIn(viewer).getPrincipal()).userId(), ProjectRole.VIEWER, clock.instant());
        logIn(viewer);
        EditorView editor = open(id);

        editor.roll.submit(addNote(track, 64));

        assertThat(edits.open(id).seq()).isZero();
        _click(editor.tracksButton);
        assertThat(_get(TracksDialog.class).add.isEnabled()).isFalse();
    }

    @Test
    void tracks_added_in_the_dialog_can_be_chosen_for_editing() {
        registerAndLogIn("tina");
        ProjectId id = projects.create(ProjectDetails.untitled());
        EditorView editor = open(id);

        _click(editor.tracksButton);
        TracksDialog dialog = _get(TracksDialog.class);
        _click(dialog.add);

        assertThat(projects.tracksOf(id)).hasSize(2);
        assertThat(editor.activeTrack.getListDataView().getItemCount()).isEqualTo(2);
    }

    @Test
    void someone_elses_project_is_not_found() {
        registerAndLogIn("pat");
        ProjectId id = projects.create(ProjectDetails.untitled());
        registerAndLogIn("quinn");
        UI.getCurrent().navigate("projects/" + id);
        assertThat(_get(NotFoundView.class)).isNotNull();
    }
}
