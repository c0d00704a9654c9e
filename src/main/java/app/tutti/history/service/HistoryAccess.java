package app.tutti.history.service;

import app.tutti.base.domain.PermissionDeniedException;
import app.tutti.base.domain.ProjectId;
import app.tutti.base.domain.UserId;
import app.tutti.base.security.CurrentUser;
import app.tutti.composition.domain.Project;
import app.tutti.composition.domain.ProjectSummary;
import app.tutti.composition.service.ProjectService;
import app.tutti.sharing.domain.ProjectRole;
import app.tutti.composition.domain.Track;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The history services' permission check: viewers may read a project's history, editors may
 * change it. A non-member is told the project does not exist (by {@link ProjectService#get}).
 */
@Component
class HistoryAccess {

    private final ProjectService projects;
    private final CurrentUser currentUser;

    HistoryAccess(ProjectService projects, CurrentUser currentUser) {
        this.projects = projects;
        this.currentUser = currentUser;
    }

    UserId me() {
        return currentUser.require().userId();
    }

    /** The project's tracks now; notes of a removed track cannot come back. */
    Set<UUID> trackIds(ProjectId projectId) {
        return projects.tracksOf(projectId).stream().map(Track::id).collect(Collectors.toSet());
    }

    Project readable(ProjectId projectId) {
        return projects.get(projectId).project();
    }

    /** The project behind a public read-only link; anyone with the link may read it. */
    Project byPublicLink(String token) {
        return projects.getByPublicLink(token).project();
    }

    Project editable(ProjectId projectId) {
        ProjectSummary summary = projects.get(projectId);
        if (!summary.role().includes(ProjectRole.EDITOR)) {
            throw new PermissionDeniedException("You can view this project's history but not change it.");
        }
        return summary.project();
    }
}
