package app.tutti.classroom.service;

import app.tutti.base.domain.InvalidInputException;
import app.tutti.base.domain.UserId;
import app.tutti.base.security.CurrentUser;
import app.tutti.classroom.domain.Assignment;
import app.tutti.classroom.domain.AssignmentDraft;
import app.tutti.classroom.domain.AssignmentId;
import app.tutti.classroom.domain.AssignmentRepository;
import app.tutti.classroom.domain.ClassId;
import app.tutti.classroom.domain.ClassRole;
import app.tutti.composition.service.ProjectService;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A class's assignments: teachers create and publish them (publishing hands each student or group
 * its own copy of the template); students see them once published.
 */
@Service
public class AssignmentService {

    private final AssignmentRepository assignments;
    private final ClassAccess access;
    private final AssignmentPublisher publisher;
    private final ProjectService projects;
    private final CurrentUser currentUser;
    private final Clock clock;

    AssignmentService(AssignmentRepository assignments, ClassAccess access, AssignmentPublisher publisher,
            ProjectService projects, CurrentUser currentUser, Clock clock) {
        this.assignments = assignments;
        this.access = access;
        this.publisher = publisher;
        this.projects = projects;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A draft assignment; its template must be a project the teacher can see. */
    @Transactional
    public AssignmentId create(ClassId classId, AssignmentDraft draft) {
        UserId me = me();
        access.requireTeaching(classId, me);
        if (access.classroom(classId).archived()) {
            throw new InvalidInputException("This class is archived.");
        }
        if (draft.template() != null) {
            projects.get(draft.template());
        }
        Instant now = clock.instant();
        if (draft.dueAt() != null && !draft.dueAt().isAfter(now)) {
            throw new InvalidInputException("The due date must be in the future.");
        }
        Assignment assignment = new Assignment(AssignmentId.random(), classId, draft, null, me, now);
        assignments.insert(assignment);
        return assignment.id();
    }

    /** Teachers see every assignment, students the published ones. */
    @Transactional(readOnly = true)
    public List<Assignment> assignments(ClassId classId) {
        ClassRole role = access.require(classId, me());
        return assignments.findByClassId(classId).stream().filter(a -> role.teaches() || a.published()).toList();
    }

    @Transactional(readOnly = true)
    public Assignment get(AssignmentId id) {
        return access.visibleAssignment(id, me());
    }

    /** Hands out the missing copies (all of them the first time) and returns how many were made. */
    @Transactional
    public int publish(AssignmentId id) {
        Assignment assignment = access.teachingAssignment(id, me());
        int made = publisher.handOut(assignment);
        if (!assignment.published()) {
            assignments.updatePublishedAt(id, clock.instant());
        }
        return made;
    }

    private UserId me() {
        return currentUser.require().userId();
    }
}
