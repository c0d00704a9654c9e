package app.tutti.history.service;

import app.tutti.base.domain.ProjectId;
import app.tutti.composition.domain.Project;
import app.tutti.composition.domain.ProjectDetails;
import app.tutti.composition.service.ProjectService;
import app.tutti.history.domain.ProjectFork;
import app.tutti.history.domain.ProjectForkRepository;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forks a version into a new project owned by the caller (who needs only to be able to view the
 * source) and remembers where it came from (see {@link ForkOrigins}).
 */
@Service
public class ForkService {

    private final VersionService versions;
    private final HistoryAccess access;
    private final ProjectService projects;
    private final ProjectForkRepository forks;
    private final Clock clock;

    ForkService(VersionService versions, HistoryAccess access, ProjectService projects, ProjectForkRepository forks,
            Clock clock) {
        this.versions = versions;
        this.access = access;
        this.projects = projects;
        this.forks = forks;
        this.clock = clock;
    }

    @Transactional
    public ProjectId fork(ProjectId sourceId, UUID versionId) {
        Project source = access.readable(sourceId);
        VersionEntry version = versions.entry(sourceId, versionId);
        ProjectId copy = projects.duplicateAt(sourceId, version.version().seq(), forkTitle(source.title()));
        forks.insert(new ProjectFork(copy, sourceId, source.title(), version.version().seq(), version.label(),
                access.me(), clock.instant()));
        return copy;
    }

    static String forkTitle(String title) {
        String fork = "Fork of " + title;
        return fork.length() <= ProjectDetails.MAX_TITLE_LENGTH ? fork
                : fork.substring(0, ProjectDetails.MAX_TITLE_LENGTH);
    }
}
