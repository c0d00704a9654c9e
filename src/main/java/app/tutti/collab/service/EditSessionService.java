package app.tutti.collab.service;

import app.tutti.base.domain.ProjectId;
import app.tutti.base.domain.UserId;
import app.tutti.base.security.CurrentUser;
import app.tutti.collab.domain.OpLogEntry;
import app.tutti.collab.domain.OpLogRepository;
import app.tutti.collab.domain.SnapshotRepository;
import app.tutti.composition.domain.EditOp;
import app.tutti.composition.domain.Track;
import app.tutti.composition.service.ProjectHead;
import app.tutti.composition.service.ProjectService;
import app.tutti.sharing.domain.ProjectRole;
import app.tutti.sharing.service.ProjectAccess;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one path by which notes change: checks the user's role and the operation's rules, then in
 * one transaction takes the project's next sequence number and appends the operation to the log.
 * An operation is acknowledged only after that commit. Retrying with the same client op id
 * returns the original sequence number and changes nothing.
 */
@Service
public class EditSessionService {

    /** A compacted snapshot is written every this many operations, so loading stays fast. */
    static final int SNAPSHOT_EVERY = 100;

    private final OpLogRepository log;
    private final SnapshotRepository snapshots;
    private final DocumentLoader loader;
    private final ProjectAccess access;
    private final ProjectService projects;
    private final ProjectHead head;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EditSessionService(OpLogRepository log, SnapshotRepository snapshots, DocumentLoader loader, ProjectAccess access,
            ProjectService projects, ProjectHead head, CurrentUser currentUser, ApplicationEventPublisher events,
            Clock clock) {
        this.log = log;
        this.snapshots = snapshots;
        this.loader = loader;
        this.access = access;
        this.projects = projects;
        this.head = head;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public DocumentState open(ProjectId projectId) {
        ProjectRole role = access.require(projectId, currentUser.require().userId(), ProjectRole.VIEWER);
        DocumentLoader.Loaded loaded = loader.load(projectId);
        return new DocumentState(loaded.seq(), loaded.document(), role);
    }

    /** Appends the operation and returns its sequence number. */
    @Transactional
    public long submit(ProjectId projectId, UUID clientOpId, long baseSeq, EditOp op) {
        UserId author = currentUser.require().userId();
        access.require(projectId, author, ProjectRole.EDITOR);
        Optional<Long> earlier = log.findSeqByClientOpId(projectId, clientOpId);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        long seq = head.advance(projectId);
        DocumentLoader.Loaded current = loader.load(projectId);
        current.document().check(op, trackIds(projectId));
        OpLogEntry entry = new OpLogEntry(projectId, seq, author, clientOpId, baseSeq, op, clock.instant());
        log.insert(entry);
        if (current.opsReplayed() + 1 >= SNAPSHOT_EVERY) {
            current.document().apply(op);
            snapshots.insert(projectId, seq, current.document().notes(), entry.at());
        }
        events.publishEvent(new OpCommitted(entry));
        return seq;
    }

    private Set<UUID> trackIds(ProjectId projectId) {
        return projects.tracksOf(projectId).stream().map(Track::id).collect(Collectors.toSet());
    }
}
