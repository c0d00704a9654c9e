package app.tutti.ai.service;

import app.tutti.ai.domain.GenerationRepository;
import app.tutti.base.domain.ProjectId;
import app.tutti.base.domain.UserId;
import app.tutti.base.security.CurrentUser;
import app.tutti.sharing.domain.ProjectRole;
import app.tutti.sharing.service.ProjectAccess;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** How much each person has asked the AI for in a project (for a teacher's overview, for one). */
@Service
public class GenerationCounts {

    private final GenerationRepository generations;
    private final ProjectAccess access;
    private final CurrentUser currentUser;

    GenerationCounts(GenerationRepository generations, ProjectAccess access, CurrentUser currentUser) {
        this.generations = generations;
        this.access = access;
        this.currentUser = currentUser;
    }

    /** Generations requested per user in the project; anyone who can view the project may ask. */
    @Transactional(readOnly = true)
    public Map<UserId, Integer> requestedPerUser(ProjectId project) {
        access.require(project, currentUser.require().userId(), ProjectRole.VIEWER);
        return generations.countByProjectIdPerRequester(project);
    }
}
