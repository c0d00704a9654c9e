package app.tutti.sharing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static org.assertj.core.api.Assertions.assertThat;

import app.tutti.base.domain.ProjectId;
import app.tutti.composition.domain.ProjectDetails;
import app.tutti.composition.service.ProjectService;
import app.tutti.sharing.domain.ProjectRole;
import app.tutti.sharing.service.SharingService;
import app.tutti.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ShareDialogTest extends KaribuTest {

    @Autowired
    SharingService sharing;
    @Autowired
    ProjectService projects;

    @Test
    void the_owner_adds_a_collaborator_and_sees_them_listed() {
        String friend = users.register("fred");
        registerAndLogIn("olga");
        ProjectId id = projects.create(ProjectDetails.untitled());
        ShareDialog dialog = new ShareDialog(id, sharing, true);

        _setValue(dialog.username, friend);
        _setValue(dialog.role, ProjectRole.VIEWER);
        _click(dialog.add);

        assertThat(_size(dialog.grid)).isEqualTo(2);
        assertThat(sharing.members(id)).anySatisfy(m -> {
            assertThat(m.username()).isEqualTo(friend);
            assertThat(m.role()).isEqualTo(ProjectRole.VIEWER);
        });
    }

    @Test
    void an_unknown_username_is_marked_with_the_reason() {
        registerAndLogIn("olga");
        ShareDialog dialog = new ShareDialog(projects.create(ProjectDetails.untitled()), sharing, true);
        _setValue(dialog.username, "no-such-person");
        _click(dialog.add);
        assertThat(dialog.username.isInvalid()).isTrue();
        assertThat(dialog.username.getErrorMessage()).contains("no user called");
    }
}
