package app.tutti.sharing.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tutti.base.domain.InvalidInputException;
import app.tutti.base.domain.NotFoundException;
import app.tutti.base.domain.PermissionDeniedException;
import app.tutti.base.domain.ProjectId;
import app.tutti.composition.domain.ProjectDetails;
import app.tutti.composition.service.ProjectService;
import app.tutti.sharing.domain.InviteExpiry;
import app.tutti.sharing.domain.LinkToken;
import app.tutti.sharing.domain.ProjectRole;
import app.tutti.testsupport.TestClock;
import app.tutti.testsupport.TestUsers;
import app.tutti.testsupport.TuttiSpringTest;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Invite links: who may make them, what joining does, and which links are refused. */
@TuttiSpringTest
class InviteServiceTest {

    @Autowired
    InviteService invites;
    @Autowired
    SharingService sharing;
    @Autowired
    ProjectService projects;
    @Autowired
    TestUsers users;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcClient jdbc;

    String owner;
    String guest;
    ProjectId project;

    @BeforeEach
    void createProject() {
        guest = users.register("guest");
        owner = users.register("owner");
        users.logIn(owner);
        project = projects.create(ProjectDetails.untitled());
    }

    @AfterEach
    void logOut() {
        users.logOut();
    }

    private ProjectRole roleOf(String username) {
        users.logIn(owner);
        return sharing.members(project).stream().filter(m -> m.username().equals(username)).findFirst()
                .map(MemberView::role).orElse(null);
    }

    @Test
    void a_signed_in_user_opening_a_link_joins_with_its_role() {
        CreatedInvite invite = invites.create(project, ProjectRole.EDITOR, InviteExpiry.SEVEN_DAYS);
        users.logIn(guest);

        assertThat(invites.accept(invite.token())).isEqualTo(project);
        assertThat(projects.listMine("")).extracting(s -> s.project().id()).containsExactly(project);
        assertThat(roleOf(guest)).isEqualTo(ProjectRole.EDITOR);
        assertThat(invite.path()).isEqualTo("join/" + invite.token());
    }

    @Test
    void joining_never_lowers_a_role_but_may_raise_it() {
        sharing.add(project, guest, ProjectRole.EDITOR);
        CreatedInvite viewerLink = invites.create(project, ProjectRole.VIEWER, InviteExpiry.NEVER);
        users.logIn(guest);
        invites.accept(viewerLink.token());
        assertThat(roleOf(guest)).isEqualTo(ProjectRole.EDITOR);

        users.logIn(owner);
        invites.accept(invites.create(project, ProjectRole.VIEWER, InviteExpiry.NEVER).token());
        assertThat(roleOf(owner)).isEqualTo(ProjectRole.OWNER);

        sharing.changeRole(project, sharing.members(project).get(1).userId(), ProjectRole.VIEWER);
        CreatedInvite editorLink = invites.create(project, ProjectRole.EDITOR, InviteExpiry.ONE_DAY);
        users.logIn(guest);
        invites.accept(editorLink.token());
        assertThat(roleOf(guest)).isEqualTo(ProjectRole.EDITOR);
    }

    @Test
    void expired_revoked_and_unknown_links_are_refused_with_a_reason_and_grant_nothing() {
        CreatedInvite expiring = invites.create(project, ProjectRole.EDITOR, InviteExpiry.ONE_DAY);
        CreatedInvite revoked = invites.create(project, ProjectRole.EDITOR, InviteExpiry.THIRTY_DAYS);
        invites.revoke(project, revoked.link().id());
        clock.advance(Duration.ofDays(1).plusMinutes(1));
        users.logIn(guest);

        assertThatThrownBy(() -> invites.accept(expiring.token())).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("expired on");
        assertThatThrownBy(() -> invites.accept(revoked.token())).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("revoked");
        assertThatThrownBy(() -> invites.accept(LinkToken.generate().value())).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("does not exist");
        assertThat(projects.listMine("")).isEmpty();
    }

    @Test
    void only_the_owner_creates_lists_and_revokes_links() {
        CreatedInvite invite = invites.create(project, ProjectRole.VIEWER, InviteExpiry.NEVER);
        sharing.add(project, guest, ProjectRole.EDITOR);
        users.logIn(guest);

        assertThatThrownBy(() -> invites.create(project, ProjectRole.EDITOR, InviteExpiry.NEVER))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> invites.list(project)).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> invites.revoke(project, invite.link().id()))
                .isInstanceOf(PermissionDeniedException.class);
        users.registerAndLogIn("stranger");
        assertThatThrownBy(() -> invites.list(project)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_link_cannot_make_owners() {
        assertThatThrownBy(() -> invites.create(project, ProjectRole.OWNER, InviteExpiry.NEVER))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void the_list_shows_working_and_expired_links_but_not_revoked_ones() {
        invites.create(project, ProjectRole.VIEWER, InviteExpiry.ONE_DAY);
        CreatedInvite revoked = invites.create(project, ProjectRole.EDITOR, InviteExpiry.NEVER);
        invites.revoke(project, revoked.link().id());
        clock.advance(Duration.ofDays(2));

        assertThat(invites.list(project)).singleElement()
                .satisfies(link -> assertThat(link.expiredAt(clock.instant())).isTrue());
    }

    @Test
    void only_a_hash_of_the_token_is_stored() {
        CreatedInvite invite = invites.create(project, ProjectRole.VIEWER, InviteExpiry.NEVER);
        String stored = jdbc.sql("SELECT token_hash FROM invite_link WHERE id = :id")
                .param("id", invite.link().id()).query(String.class).single();
        assertThat(stored).isEqualTo(new LinkToken(invite.token()).hash()).doesNotContain(invite.token());
        assertThat(invite.token()).hasSize(43);
    }
}
