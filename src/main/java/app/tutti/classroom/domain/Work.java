package app.tutti.classroom.domain;

import app.tutti.base.domain.ProjectId;
import app.tutti.base.domain.UserId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One student's (or one group's) copy of an assignment's template, with its provenance (the
 * template and the template's sequence number it was copied at) and its submission and return.
 */
public record Work(WorkId id, AssignmentId assignmentId, ProjectId projectId, @Nullable UserId student,
        @Nullable GroupId group, @Nullable ProjectId template, long baseSeq, @Nullable Instant submittedAt,
        @Nullable Instant returnedAt, @Nullable String returnComment, @Nullable String grade, Instant createdAt) {

    public boolean submitted() {
        return submittedAt != null;
    }

    public boolean returned() {
        return returnedAt != null;
    }

    /** The status the dashboard shows; {@code started} says whether anyone has edited the copy. */
    public WorkStatus status(boolean started) {
        if (returned()) {
            return WorkStatus.RETURNED;
        }
        if (submitted()) {
            return WorkStatus.SUBMITTED;
        }
        return started ? WorkStatus.IN_PROGRESS : WorkStatus.NOT_STARTED;
    }

    /** Submitted after the due date. */
    public boolean late(@Nullable Instant dueAt) {
        return submittedAt != null && dueAt != null && submittedAt.isAfter(dueAt);
    }
}
