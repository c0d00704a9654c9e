package app.tutti.classroom.service;

import app.tutti.base.domain.InvalidInputException;
import app.tutti.base.domain.UserId;
import app.tutti.base.security.CurrentUser;
import app.tutti.classroom.domain.Assignment;
import app.tutti.classroom.domain.AssignmentId;
import app.tutti.classroom.domain.Work;
import app.tutti.classroom.domain.WorkId;
import app.tutti.classroom.domain.WorkRepository;
import java.time.Clock;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The life of one copy: students find theirs, submit it and may unsubmit until the due date (a
 * submission after it is marked late); teachers return it with a comment and an optional grade, and
 * may join it as an editor.
 */
@Service
public class SubmissionService {

    static final int MAX_COMMENT_LENGTH = 2000;
    static final int MAX_GRADE_LENGTH = 20;

    private final WorkRepository works;
    private final ClassAccess access;
    private final CopyMemberships memberships;
    private final CurrentUser currentUser;
    private final Clock clock;

    SubmissionService(WorkRepository works, ClassAccess access, CopyMemberships memberships, CurrentUser currentUser,
            Clock clock) {
        this.works = works;
        this.access = access;
        this.memberships = memberships;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The signed-in student's copy of the assignment (their own or their group's), if they have one. */
    @Transactional(readOnly = true)
    public Optional<Work> myWork(AssignmentId assignmentId) {
        Assignment assignment = access.visibleAssignment(assignmentId, me());
        return works.findByClassIdAndWorker(assignment.classId(), me()).stream()
                .filter(w -> w.assignmentId().equals(assignmentId)).findFirst();
    }

    @Transactional(readOnly = true)
    public Work get(WorkId id) {
        return access.visibleWork(id, me()).work();
    }

    @Transactional
    public void submit(WorkId id) {
        Work work = access.ownWork(id, me()).work();
        if (work.returned()) {
            throw new InvalidInputException("This work has been returned.");
        }
        if (!work.submitted()) {
            works.updateSubmittedAt(id, clock.instant());
        }
    }

    @Transactional
    public void unsubmit(WorkId id) {
        ClassAccess.VisibleWork visible = access.ownWork(id, me());
        if (visible.work().returned()) {
            throw new InvalidInputException("This work has been returned.");
        }
        if (visible.assignment().isPastDue(clock.instant())) {
            throw new InvalidInputException("The due date has passed; the submission stands.");
        }
        works.updateSubmittedAt(id, null);
    }

    @Transactional
    public void returnWork(WorkId id, String comment, @Nullable String grade) {
        Work work = access.teachingWork(id, me()).work();
        if (!work.submitted()) {
            throw new InvalidInputException("Only submitted work can be returned.");
        }
        String text = comment == null ? "" : comment.strip();
        String mark = grade == null || grade.isBlank() ? null : grade.strip();
        if (text.length() > MAX_COMMENT_LENGTH || (mark != null && mark.length() > MAX_GRADE_LENGTH)) {
            throw new InvalidInputException("The comment or the grade is too long.");
        }
        works.updateReturned(id, clock.instant(), text, mark);
    }

    /** Upgrades the teacher from viewer to editor on this copy; what they then write is credited to them. */
    @Transactional
    public void joinAsEditor(WorkId id) {
        Work work = access.teachingWork(id, me()).work();
        memberships.letEdit(work.projectId(), me());
    }

    private UserId me() {
        return currentUser.require().userId();
    }
}
