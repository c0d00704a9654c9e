package app.tutti.classroom.service;

import app.tutti.ai.domain.AiPolicy;
import app.tutti.ai.service.AiPolicySource;
import app.tutti.base.domain.ProjectId;
import app.tutti.classroom.domain.Assignment;
import app.tutti.classroom.domain.AssignmentRepository;
import app.tutti.classroom.domain.WorkRepository;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** A student's or group's copy follows its assignment's AI policy. */
@Component
class ClassroomAiPolicySource implements AiPolicySource {

    private final WorkRepository works;
    private final AssignmentRepository assignments;

    ClassroomAiPolicySource(WorkRepository works, AssignmentRepository assignments) {
        this.works = works;
        this.assignments = assignments;
    }

    @Override
    public Optional<AiPolicy> policyFor(ProjectId project) {
        return works.findByProjectId(project)
                .flatMap(work -> assignments.findById(work.assignmentId()))
                .map(Assignment::aiPolicy);
    }
}
