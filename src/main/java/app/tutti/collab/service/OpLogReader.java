package app.tutti.collab.service;

import app.tutti.base.domain.ProjectId;
import app.tutti.base.security.CurrentUser;
import app.tutti.collab.domain.OpLogEntry;
import app.tutti.collab.domain.OpLogRepository;
import app.tutti.sharing.domain.ProjectRole;
import app.tutti.sharing.service.ProjectAccess;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A project's whole operation log, for features that summarise who did what (credits, class dashboards). */
@Service
public class OpLogReader {

    private final OpLogRepository log;
    private final ProjectAccess access;
    private final CurrentUser currentUser;

    OpLogReader(OpLogRepository log, ProjectAccess access, CurrentUser currentUser) {
        this.log = log;
        this.access = access;
        this.currentUser = currentUser;
    }

    /** Every operation in sequence order; anyone who can view the project may read it. */
    @Transactional(readOnly = true)
    public List<OpLogEntry> entries(ProjectId project) {
        access.require(project, currentUser.require().userId(), ProjectRole.VIEWER);
        return log.findByProjectIdAfterSeqOrderBySeq(project, 0);
    }
}
