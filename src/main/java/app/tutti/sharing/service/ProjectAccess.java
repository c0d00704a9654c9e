package app.tutti.sharing.service;

import app.tutti.base.domain.NotFoundException;
import app.tutti.base.domain.PermissionDeniedException;
import app.tutti.base.domain.ProjectId;
import app.tutti.base.domain.UserId;
import app.tutti.sharing.domain.ProjectMemberRepository;
import app.tutti.sharing.domain.ProjectRole;
import java.time.Clock;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place that decides whether a user may read, edit or manage a project. Every service
 * that touches a project asks here first. A user who is not a member is told the project does
 * not exist, so ids reveal nothing.
 */
@Service
public class ProjectAccess {

    private final ProjectMemberRepository members;
    private final Clock clock;

    ProjectAccess(ProjectMemberRepository members, Clock clock) {
        this.members = members;
        this.clock = clock;
    }

    /** Returns the user's role when it includes {@code needed}; throws otherwise. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public ProjectRole require(ProjectId projectId, UserId userId, ProjectRole needed) {
        ProjectRole role = members.findRole(projectId, userId)
                .orElseThrow(() -> new NotFoundException("This project does not exist or is not shared with you."));
        if (!role.includes(needed)) {
            throw new PermissionDeniedException(deniedMessage(needed));
        }
        return role;
    }

    /** Every project the user is a member of, with the user's role in it. */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Map<ProjectId, ProjectRole> rolesOf(UserId userId) {
        return members.findRolesByUserId(userId);
    }

    /** Makes the creator of a new project its owner; called inside the creating transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void grantOwnership(ProjectId projectId, UserId owner) {
        members.insert(projectId, owner, ProjectRole.OWNER, clock.instant());
    }

    /**
     * Gives {@code user} exactly {@code role} in the project, whatever they had: for the classroom's
     * student copies (students own theirs, teachers view every copy). Only the classroom calls it,
     * inside its own checked transaction; people change roles through {@link SharingService}.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void setRoleForClassroom(ProjectId projectId, UserId user, ProjectRole role) {
        if (members.findRole(projectId, user).isPresent()) {
            members.updateRole(projectId, user, role);
        } else {
            members.insert(projectId, user, role, clock.instant());
        }
    }

    /** Takes {@code user} out of the project (a student removed from a class); classroom only. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void removeForClassroom(ProjectId projectId, UserId user) {
        members.delete(projectId, user);
    }

    private static String deniedMessage(ProjectRole needed) {
        return switch (needed) {
            case OWNER -> "Only the project's owner can do this.";
            case EDITOR -> "You can view this project but not edit it.";
            case VIEWER -> "You cannot view this project.";
        };
    }
}
