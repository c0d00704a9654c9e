package app.tutti.history.service;

import app.tutti.base.domain.ProjectId;
import app.tutti.history.domain.ProjectForkRepository;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Where a forked project came from, in words. */
@Service
public class ForkOrigins {

    private final ProjectForkRepository forks;
    private final HistoryAccess access;
    private final ContributorNames names;

    ForkOrigins(ProjectForkRepository forks, HistoryAccess access, ContributorNames names) {
        this.forks = forks;
        this.access = access;
        this.names = names;
    }

    /** "Forked from “Song” v3 · Chorus by Ana", if the project is a fork. */
    @Transactional(readOnly = true)
    public Optional<String> origin(ProjectId projectId) {
        access.readable(projectId);
        return forks.findByProjectId(projectId).map(fork -> "Forked from “" + fork.sourceTitle() + "” "
                + fork.versionLabel() + " by " + names.lookup(Map.of()).userName(fork.forkedBy()));
    }
}
