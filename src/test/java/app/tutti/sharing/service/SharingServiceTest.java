package app.tutti.sharing.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tutti.base.domain.InvalidInputException;
import app.tutti.base.domain.NotFoundException;
import app.tutti.base.domain.PermissionDeniedException;
import app.tutti.base.domain.ProjectId;
import app.tutti.base.domain.UserId;
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

/** Sharing a project: what each role may do, checked by the services themselves. */
@TuttiSpringTest
class SharingServiceTest {

    @Autowired
    SharingService sharing;
    @Autowired
    ProjectService projects;
    @Autowired
    EditSessionService edits;
    @Autowired
    TestUsers users;

    String owner;
    String friend;
    ProjectId project;

    @BeforeEach
    void createProject() {
        friend = users.register("friend");
        owner = users.register("owner");
        users.logIn(owner);
        project = projects.create(ProjectDetails.untitled());
    }

    @AfterEach
    void logOut() {
        users.logOut();
    }

    private long addNote() {
        UUID track = projects.tracksOf(project).getFirst().id();
        return edits.submit(project, UUID.randomUUID(), 0,
                new EditOp.AddNotes(List.of(new Note(UUID.randomUUID(), track, 60, 0, 480, 90))));
    }

    private UserId friendId() {
        return sharing.members(project).stream().filter(m -> m.username().equals(friend)).findFirst().orElseThrow()
                .userId();
    }

    @Test
    void an_editor_added_by_the_owner_can_edit_and_rename() {
        sharing.add(project, friend.toUpperCase(), ProjectRole.EDITOR);
        users.logIn(friend);

        assertThat(addNote()).isEqualTo(1);
        projects.rename(project, "Ours");
        assertThat(projects.listMine("")).extracting(s -> s.project().title()).containsExactly("Ours");
        assertThat(sharing.members(project)).extracting(MemberView::role)
                .containsExactly(ProjectRole.OWNER, ProjectRole.EDITOR);
    }

    @Test
    void a_viewer_can_look_but_not_edit_share_or_delete() {
        sharing.add(project, friend, ProjectRole.VIEWER);
        users.logIn(friend);

        assertThat(edits.open(project).role()).isEqualTo(ProjectRole.VIEWER);
        assertThatThrownBy(this::addNote).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> projects.rename(project, "Mine")).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> sharing.add(project, owner, ProjectRole.EDITOR))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> projects.delete(project)).isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void an_editor_cannot_share_or_delete() {
        sharing.add(project, friend, ProjectRole.EDITOR);
        String third = users.register("third");
        users.logIn(friend);
        assertThatThrownBy(() -> sharing.add(project, third, ProjectRole.VIEWER))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> projects.delete(project)).isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void a_removed_member_loses_access() {
        sharing.add(project, friend, ProjectRole.EDITOR);
        sharing.remove(project, friendId());
        users.logIn(friend);
        assertThatThrownBy(() -> edits.open(project)).isInstanceOf(NotFoundException.class);
        assertThat(projects.listMine("")).isEmpty();
    }

    @Test
    void a_role_change_takes_effect_at_once() {
        sharing.add(project, friend, ProjectRole.EDITOR);
        sharing.changeRole(project, friendId(), ProjectRole.VIEWER);
        users.logIn(friend);
        assertThatThrownBy(this::addNote).isInstanceOf(PermissionDeniedException.class);
    }

    @Test
    void mistakes_get_clear_messages_and_change_nothing() {
        assertThatThrownBy(() -> sharing.add(project, "nobody-like-this", ProjectRole.EDITOR))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no user called");
        sharing.add(project, friend, ProjectRole.EDITOR);
        assertThatThrownBy(() -> sharing.add(project, friend, ProjectRole.VIEWER))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("already in this project");
        assertThatThrownBy(() -> sharing.changeRole(project, friendId(), ProjectRole.OWNER))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("one owner");
        UserId ownerId = sharing.members(project).getFirst().userId();
        assertThatThrownBy(() -> sharing.remove(project, ownerId)).isInstanceOf(InvalidInputException.class);
        assertThat(sharing.members(project)).hasSize(2);
    }

    @Test
    void a_stranger_cannot_see_the_member_list() {
        users.registerAndLogIn("stranger");
        assertThatThrownBy(() -> sharing.members(project)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void the_owner_hands_the_project_over_and_stays_on_as_an_editor() {
        sharing.add(project, friend, ProjectRole.VIEWER);
        sharing.transferOwnership(project, friendId());

        assertThat(sharing.members(project)).extracting(MemberView::username, MemberView::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(owner, ProjectRole.EDITOR),
                        org.assertj.core.groups.Tuple.tuple(friend, ProjectRole.OWNER));
        assertThatThrownBy(() -> sharing.add(project, users.register("x"), ProjectRole.VIEWER))
                .isInstanceOf(PermissionDeniedException.class);
        users.logIn(friend);
        projects.delete(project);
    }

    @Test
    void only_the_owner_transfers_and_only_to_a_member() {
        sharing.add(project, friend, ProjectRole.EDITOR);
        UserId ownerId = sharing.members(project).getFirst().userId();
        UserId stranger = users.registerAndLogIn("stranger");
        users.logIn(owner);
        assertThatThrownBy(() -> sharing.transferOwnership(project, stranger)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> sharing.transferOwnership(project, ownerId))
                .isInstanceOf(InvalidInputException.class);
        users.logIn(friend);
        assertThatThrownBy(() -> sharing.transferOwnership(project, friendId()))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(sharing.members(project)).extracting(MemberView::role)
                .containsExactly(ProjectRole.OWNER, ProjectRole.EDITOR);
    }

    @Test
    void two_transfers_at_once_leave_exactly_one_owner() throws Exception {
        String second = users.register("second");
        sharing.add(project, friend, ProjectRole.EDITOR);
        sharing.add(project, second, ProjectRole.EDITOR);
        List<UserId> targets = sharing.members(project).stream().skip(1).map(MemberView::userId).toList();
        var start = new java.util.concurrent.CountDownLatch(1);
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(2)) {
            var results = targets.stream().map(target -> pool.submit(() -> {
                users.logIn(owner);
                start.await();
                try {
                    sharing.transferOwnership(project, target);
                    return true;
                } catch (RuntimeException e) {
                    return false;
                } finally {
                    users.logOut();
                }
            })).toList();
            start.countDown();
            long succeeded = 0;
            for (var result : results) {
                succeeded += result.get() ? 1 : 0;
            }
            assertThat(succeeded).isEqualTo(1);
        }
        users.logIn(friend);
        assertThat(sharing.members(project)).filteredOn(m -> m.role() == ProjectRole.OWNER).hasSize(1);
        assertThat(sharing.members(project)).filteredOn(m -> m.username().equals(owner))
                .extracting(MemberView::role).containsExactly(ProjectRole.EDITOR);
    }
}
