package app.tutti.classroom.service;

import app.tutti.base.domain.ProjectId;
import app.tutti.base.domain.UserId;
import app.tutti.classroom.domain.Assignment;
import app.tutti.classroom.domain.GroupId;
import app.tutti.classroom.domain.Work;
import app.tutti.classroom.domain.WorkId;
import app.tutti.classroom.domain.WorkRepository;
import app.tutti.composition.domain.ProjectDetails;
import app.tutti.composition.service.ProjectService;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Makes one student's or group's copy of an assignment's template (an empty project without one),
 * named after the assignment and the student or group, and records where it came from.
 */
@Component
class WorkCopies {

    private final ProjectService projects;
    private final CopyMemberships memberships;
    private final WorkRepository works;
    private final Clock clock;

    WorkCopies(ProjectService projects, CopyMemberships memberships, WorkRepository works, Clock clock) {
        this.projects = projects;
        this.memberships = memberships;
        this.works = works;
        this.clock = clock;
    }

    /** Runs as the publishing teacher, who owns the copy only until it is handed to {@code students}. */
    Work create(Assignment assignment, List<UserId> students, @Nullable GroupId group, String label) {
        String title = title(assignment.title(), label);
        ProjectId template = assignment.template();
        ProjectId copy;
        if (template == null) {
            copy = projects.create(ProjectDetails.untitled().withTitle(title));
        } else {
            copy = projects.duplicate(template);
            projects.rename(copy, title);
        }
        long baseSeq = projects.get(copy).project().headSeq();
        memberships.handOut(assignment.classId(), copy, students);
        Work work = new Work(WorkId.random(), assignment.id(), copy, group == null ? students.getFirst() : null, group,
                template, baseSeq, null, null, null, null, clock.instant());
        works.insert(work);
        return work;
    }

    static String title(String assignment, String label) {
        String title = assignment + " — " + label;
        return title.length() <= ProjectDetails.MAX_TITLE_LENGTH ? title
                : title.substring(0, ProjectDetails.MAX_TITLE_LENGTH);
    }
}
