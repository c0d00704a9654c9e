package app.tutti.classroom.service;

import app.tutti.base.domain.NotFoundException;
import app.tutti.base.domain.PermissionDeniedException;
import app.tutti.base.domain.UserId;
import app.tutti.classroom.domain.Assignment;
import app.tutti.classroom.domain.AssignmentId;
import app.tutti.classroom.domain.AssignmentRepository;
import app.tutti.classroom.domain.ClassId;
import app.tutti.classroom.domain.ClassRole;
import app.tutti.classroom.domain.Classroom;
import app.tutti.classroom.domain.ClassroomRepository;
import app.tutti.classroom.domain.Work;
import app.tutti.classroom.domain.WorkId;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Who may see what in a class. Someone outside a class is told it does not exist, whatever id they
 * try; students see published assignments and only the work they do themselves.
 */
@Component
class ClassAccess {

    private static final String NO_CLASS = "This class does not exist or you are not in it.";
    private static final String NO_ASSIGNMENT = "This assignment does not exist or is not yours to see.";
    private static final String NO_WORK = "This work does not exist or is not yours to see.";

    private final ClassroomRepository classes;
    private final AssignmentRepository assignments;
    private final WorkMembers workMembers;

    ClassAccess(ClassroomRepository classes, AssignmentRepository assignments, WorkMembers workMembers) {
        this.classes = classes;
        this.assignments = assignments;
        this.workMembers = workMembers;
    }

    ClassRole require(ClassId classId, UserId user) {
        return classes.findRole(classId, user).orElseThrow(() -> new NotFoundException(NO_CLASS));
    }

    /** The user's role, which must be teacher or co-teacher. */
    ClassRole requireTeaching(ClassId classId, UserId user) {
        ClassRole role = require(classId, user);
        if (!role.teaches()) {
            throw new PermissionDeniedException("Only the class's teachers can do this.");
        }
        return role;
    }

    Classroom classroom(ClassId classId) {
        return classes.findById(classId).orElseThrow(() -> new NotFoundException(NO_CLASS));
    }

    /** The assignment, if the user teaches its class or is a student and it is published. */
    Assignment visibleAssignment(AssignmentId id, UserId user) {
        Assignment assignment = assignments.findById(id).orElseThrow(() -> new NotFoundException(NO_ASSIGNMENT));
        ClassRole role = classes.findRole(assignment.classId(), user)
                .orElseThrow(() -> new NotFoundException(NO_ASSIGNMENT));
        if (!role.teaches() && !assignment.published()) {
            throw new NotFoundException(NO_ASSIGNMENT);
        }
        return assignment;
    }

    Assignment teachingAssignment(AssignmentId id, UserId user) {
        Assignment assignment = assignments.findById(id).orElseThrow(() -> new NotFoundException(NO_ASSIGNMENT));
        requireTeaching(assignment.classId(), user);
        return assignment;
    }

    /** The work, if the user does it (alone or in its group) or teaches its class. */
    VisibleWork visibleWork(WorkId id, UserId user) {
        Work work = workMembers.work(id).orElseThrow(() -> new NotFoundException(NO_WORK));
        Assignment assignment = assignments.findById(work.assignmentId())
                .orElseThrow(() -> new NotFoundException(NO_WORK));
        ClassRole role = classes.findRole(assignment.classId(), user).orElseThrow(() -> new NotFoundException(NO_WORK));
        if (!role.teaches() && !workMembers.of(work).contains(user)) {
            throw new NotFoundException(NO_WORK);
        }
        return new VisibleWork(work, assignment, role);
    }

    /** The work, if the user does it; teachers are refused (they return work, they do not submit it). */
    VisibleWork ownWork(WorkId id, UserId user) {
        VisibleWork visible = visibleWork(id, user);
        if (!workMembers.of(visible.work()).contains(user)) {
            throw new PermissionDeniedException("Only the students doing this work can do this.");
        }
        return visible;
    }

    VisibleWork teachingWork(WorkId id, UserId user) {
        VisibleWork visible = visibleWork(id, user);
        if (!visible.role().teaches()) {
            throw new PermissionDeniedException("Only the class's teachers can do this.");
        }
        return visible;
    }

    /** The work without any check, for showing what a checked caller already may see. */
    Optional<Work> work(WorkId id) {
        return workMembers.work(id);
    }

    record VisibleWork(Work work, Assignment assignment, ClassRole role) {
    }
}
