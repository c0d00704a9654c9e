package app.tutti.sharing.service;

import app.tutti.account.domain.UserAccount;
import app.tutti.account.service.AccountService;
import app.tutti.base.domain.InvalidInputException;
import app.tutti.base.domain.NotFoundException;
import app.tutti.base.domain.PermissionDeniedException;
import app.tutti.base.domain.ProjectId;
import app.tutti.base.domain.UserId;
import app.tutti.base.security.CurrentUser;
import app.tutti.sharing.domain.ProjectMember;
import app.tutti.sharing.domain.ProjectMemberRepository;
import app.tutti.sharing.domain.ProjectRole;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who else may see or edit a project. Anyone in the project may see the member list; only its
 * owner adds people (as editor or viewer), changes their role, removes them or hands the
 * project over to one of them.
 */
@Service
public class SharingService {

    private final ProjectMemberRepository members;
    private final ProjectAccess access;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final Clock clock;

    SharingService(ProjectMemberRepository members, ProjectAccess access, AccountService accounts,
            CurrentUser currentUser, Clock clock) {
        this.members = members;
        this.access = access;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<MemberView> members(ProjectId projectId) {
        access.require(projectId, currentUser.require().userId(), ProjectRole.VIEWER);
        return members.findByProjectId(projectId).stream().map(this::view).toList();
    }

    @Transactional
    public void add(ProjectId projectId, String username, ProjectRole role) {
        requireOwner(projectId);
        UserAccount user = accounts.findByUsername(username)
                .orElseThrow(() -> new InvalidInputException("There is no user called “" + username.strip() + "”."));
        if (members.findRole(projectId, user.id()).isPresent()) {
            throw new InvalidInputException(user.displayName() + " is already in this project.");
        }
        members.insert(projectId, user.id(), notOwner(role), clock.instant());
    }

    @Transactional
    public void changeRole(ProjectId projectId, UserId member, ProjectRole role) {
        requireOwner(projectId);
        requireNotOwner(projectId, member);
        members.updateRole(projectId, member, notOwner(role));
    }

    @Transactional
    public void remove(ProjectId projectId, UserId member) {
        requireOwner(projectId);
        requireNotOwner(projectId, member);
        members.delete(projectId, member);
    }

    /**
     * Makes another member the owner; the current owner stays on as an editor. The owner's row is
     * locked first, so two transfers started at once cannot leave two owners.
     */
    @Transactional
    public void transferOwnership(ProjectId projectId, UserId newOwner) {
        UserId me = currentUser.require().userId();
        access.require(projectId, me, ProjectRole.VIEWER);
        if (members.findRoleForUpdate(projectId, me).orElseThrow() != ProjectRole.OWNER) {
            throw new PermissionDeniedException("Only the project's owner can do this.");
        }
        if (newOwner.equals(me)) {
            throw new InvalidInputException("You already own this project.");
        }
        members.findRoleForUpdate(projectId, newOwner)
                .orElseThrow(() -> new NotFoundException("That person is not in this project."));
        members.updateRole(projectId, newOwner, ProjectRole.OWNER);
        members.updateRole(projectId, me, ProjectRole.EDITOR);
    }

    private void requireOwner(ProjectId projectId) {
        access.require(projectId, currentUser.require().userId(), ProjectRole.OWNER);
    }

    private void requireNotOwner(ProjectId projectId, UserId member) {
        ProjectRole role = members.findRole(projectId, member)
                .orElseThrow(() -> new NotFoundException("That person is not in this project."));
        if (role == ProjectRole.OWNER) {
            throw new InvalidInputException("The owner's role cannot be changed or removed.");
        }
    }

    private static ProjectRole notOwner(ProjectRole role) {
        if (role == ProjectRole.OWNER) {
            throw new InvalidInputException("A project has one owner; add people as editors or viewers.");
        }
        return role;
    }

    private MemberView view(ProjectMember member) {
        return accounts.findById(member.userId())
                .map(a -> new MemberView(member.userId(), a.username(), a.displayName(), member.role()))
                .orElseGet(() -> new MemberView(member.userId(), "?", "(deleted user)", member.role()));
    }
}
