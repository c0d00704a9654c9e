package app.tutti.composition.service;

import app.tutti.base.domain.ProjectId;
import app.tutti.composition.domain.ProjectRepository;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out the sequence numbers of a project's operation log. The increment locks the project
 * row until the caller's transaction ends, so operations of one project commit one at a time and
 * in order ({@link #lock} and {@link #advanceBy} do the same for a batch of operations). It checks no permission: only the edit service calls it, after its own check.
 */
@Service
public class ProjectHead {

    private final ProjectRepository projects;
    private final Clock clock;

    ProjectHead(ProjectRepository projects, Clock clock) {
        this.projects = projects;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public long advance(ProjectId projectId) {
        return projects.advanceHead(projectId, clock.instant());
    }

    /** Locks the project's head until the transaction ends and returns it; nothing is taken yet. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long lock(ProjectId projectId) {
        return projects.lockHead(projectId);
    }

    /** Takes the next {@code count} sequence numbers after the head the caller has {@link #lock locked}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void advanceBy(ProjectId projectId, int count) {
        projects.advanceHeadBy(projectId, count, clock.instant());
    }
}
