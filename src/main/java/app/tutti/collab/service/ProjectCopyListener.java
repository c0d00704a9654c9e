package app.tutti.collab.service;

import app.tutti.collab.domain.OpLogRepository;
import app.tutti.collab.domain.SnapshotRepository;
import app.tutti.composition.domain.ProjectCopied;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A duplicated project gets the original's log and snapshots, so its notes and their authors carry over. */
@Component
class ProjectCopyListener {

    private final OpLogRepository log;
    private final SnapshotRepository snapshots;

    ProjectCopyListener(OpLogRepository log, SnapshotRepository snapshots) {
        this.log = log;
        this.snapshots = snapshots;
    }

    @EventListener
    void copyHistory(ProjectCopied copied) {
        log.copy(copied.source(), copied.copy(), copied.atSeq());
        snapshots.copy(copied.source(), copied.copy(), copied.atSeq());
    }
}
