package app.tutti.sharing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.tutti.base.domain.ProjectId;
import app.tutti.composition.domain.ProjectDetails;
import app.tutti.composition.service.ProjectService;
import app.tutti.sharing.domain.InviteExpiry;
import app.tutti.sharing.domain.ProjectRole;
import app.tutti.sharing.service.CreatedInvite;
import app.tutti.sharing.service.InviteService;
import app.tutti.testsupport.KaribuTest;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class JoinViewTest extends KaribuTest {

    @Autowired
    InviteService invites;
    @Autowired
    ProjectService projects;

    @Test
    void opening_an_invite_link_joins_and_lands_in_the_editor() {
        registerAndLogIn("olga");
        ProjectId id = projects.create(ProjectDetails.untitled());
        CreatedInvite invite = invites.create(id, ProjectRole.EDITOR, InviteExpiry.SEVEN_DAYS);
        registerAndLogIn("guest");

        UI.getCurrent().navigate(invite.path());

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("projects/" + id);
        assertThat(projects.get(id).role()).isEqualTo(ProjectRole.EDITOR);
    }

    @Test
    void a_revoked_link_says_so() {
        registerAndLogIn("olga");
        ProjectId id = projects.create(ProjectDetails.untitled());
        CreatedInvite invite = invites.create(id, ProjectRole.EDITOR, InviteExpiry.SEVEN_DAYS);
        invites.revoke(id, invite.link().id());
        registerAndLogIn("guest");

        UI.getCurrent().navigate(invite.path());

        assertThat(_get(JoinView.class).message.getText()).contains("revoked");
    }
}
