package app.tutti.classroom.service;

import app.tutti.base.domain.UserId;
import app.tutti.classroom.domain.AssignmentGroup;
import app.tutti.classroom.domain.AssignmentRepository;
import app.tutti.classroom.domain.Work;
import app.tutti.classroom.domain.WorkId;
import app.tutti.classroom.domain.WorkRepository;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The students who do a piece of work: its student, or the members of its group. */
@Component
class WorkMembers {

    private final WorkRepository works;
    private final AssignmentRepository assignments;

    WorkMembers(WorkRepository works, AssignmentRepository assignments) {
        this.works = works;
        this.assignments = assignments;
    }

    Optional<Work> work(WorkId id) {
        return works.findById(id);
    }

    List<UserId> of(Work work) {
        if (work.student() != null) {
            return List.of(work.student());
        }
        return assignments.findGroupsByAssignmentId(work.assignmentId()).stream()
                .filter(g -> g.id().equals(work.group()))
                .findFirst().map(AssignmentGroup::members).orElse(List.of());
    }
}
