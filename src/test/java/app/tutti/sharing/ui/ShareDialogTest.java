package app.tutti.sharing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static org.assertj.core.api.Assertions.assertThat;

import app.tutti.base.domain.ProjectId;
import app.tutti.composition.domain.ProjectDetails;
import app.tutti.composition.service.ProjectService;
import app.tutti.sharing.domain.ProjectRole;
import app.tutti.sharing.service.InviteService;
import app.tutti.sharing.service.PublicLinkService;
import app.tutti.sharing.service.SharingService;
import app.tutti.sharing.domain.InviteExpiry;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import app.tutti.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ShareDialogTest extends KaribuTest {

    @Autowired
    SharingService sharing;
    @Autowired
    ProjectService projects;
    @Autowired
    ShareDialogs dialogs;
    @Autowired
    InviteService invites;
    @Autowired
    PublicLinkService publicLinks;

    @Test
    void the_owner_adds_a_collaborator_and_sees_them_listed() {
        String friend = users.register("fred");
        registerAndLogIn("olga");
        ProjectId id = projects.create(ProjectDetails.untitled());
        ShareDialog dialog = dialogs.create(id, true);

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
        ShareDialog dialog = dialogs.create(projects.create(ProjectDetails.untitled()), true);
        _setValue(dialog.username, "no-such-person");
        _click(dialog.add);
        assertThat(dialog.username.isInvalid()).isTrue();
        assertThat(dialog.username.getErrorMessage()).contains("no user called");
    }

    @Test
    void the_owner_creates_an_invite_link_sees_it_listed_and_revokes_it() {
        registerAndLogIn("olga");
        ProjectId id = projects.create(ProjectDetails.untitled());
        ShareDialog dialog = dialogs.create(id, true);
        InviteLinksPanel panel = dialog.inviteLinks;

        _setValue(panel.role, ProjectRole.EDITOR);
        _setValue(panel.expiry, InviteExpiry.ONE_DAY);
        _click(panel.create);

        assertThat(panel.created.getValue()).matches("https?://.*/join/[A-Za-z0-9_-]{43}");
        assertThat(_size(panel.grid)).isEqualTo(1);
        assertThat(invites.list(id)).singleElement().satisfies(link -> {
            assertThat(link.role()).isEqualTo(ProjectRole.EDITOR);
            assertThat(link.expiresAt()).isEqualTo(link.createdAt().plus(java.time.Duration.ofDays(1)));
        });

        invites.revoke(id, invites.list(id).getFirst().id());
        panel.refresh();
        assertThat(invites.list(id)).isEmpty();
    }

    @Test
    void the_owner_switches_the_public_link_on_and_off() {
        registerAndLogIn("olga");
        ProjectId id = projects.create(ProjectDetails.untitled());
        PublicLinkPanel panel = dialogs.create(id, true).publicLink;

        panel.switchTo(true);
        assertThat(panel.link.getValue()).matches("https?://.*/listen/[A-Za-z0-9_-]{43}");
        assertThat(publicLinks.enabledSince(id)).isPresent();
        assertThat(dialogs.create(id, true).publicLink.enabled.getValue()).isTrue();

        panel.switchTo(false);
        assertThat(publicLinks.enabledSince(id)).isEmpty();
    }

    @Test
    void transferring_ownership_asks_first_then_makes_the_old_owner_an_editor() {
        String friend = users.register("fred");
        registerAndLogIn("olga");
        ProjectId id = projects.create(ProjectDetails.untitled());
        sharing.add(id, friend, ProjectRole.EDITOR);
        ShareDialog dialog = dialogs.create(id, true);
        dialog.open();

        dialog.transferTo(sharing.members(id).get(1));
        assertThat(sharing.members(id)).extracting(m -> m.role()).containsExactly(ProjectRole.OWNER, ProjectRole.EDITOR);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(sharing.members(id)).anySatisfy(m -> {
            assertThat(m.username()).isEqualTo(friend);
            assertThat(m.role()).isEqualTo(ProjectRole.OWNER);
        }).filteredOn(m -> m.role() == ProjectRole.OWNER).hasSize(1);
    }

    @Test
    void viewers_and_editors_see_no_link_controls() {
        registerAndLogIn("olga");
        ShareDialog dialog = dialogs.create(projects.create(ProjectDetails.untitled()), false);
        assertThat(dialog.inviteLinks).isNull();
        assertThat(dialog.publicLink).isNull();
    }
}
