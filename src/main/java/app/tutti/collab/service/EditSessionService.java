package app.tutti.collab.service;

import app.tutti.base.domain.ProjectId;
import app.tutti.base.domain.UserId;
import app.tutti.base.security.CurrentUser;
import app.tutti.collab.domain.OpLogEntry;
import app.tutti.collab.domain.OpLogRepository;
import app.tutti.collab.domain.SnapshotRepository;
import app.tutti.composition.domain.EditOp;
import app.tutti.composition.domain.NoteDocument;
import app.tutti.composition.domain.Track;
import app.tutti.composition.service.ProjectHead;
import app.tutti.composition.service.ProjectService;
import app.tutti.composition.service.PublicProject;
import app.tutti.sharing.domain.ProjectRole;
import app.tutti.sharing.service.ProjectAccess;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one path by which notes change: checks the user's role and the operation's rules, then in
 * one transaction takes the project's next sequence number and appends the operation to the log.
 * An operation is acknowledged only after that commit. Retrying with the same client op id
 * returns the original sequence number and changes nothing.
 */
@Service
public class EditSessionService {

    /** A compacted snapshot is written at every multiple of this sequence number, so loading stays fast. */
    static final int SNAPSHOT_EVERY = 100;

    private final OpLogRepository log;
    private final SnapshotRepository snapshots;
    private final DocumentLoader loader;
    private final DocumentCache cache;
    private final ProjectAccess access;
    private final ProjectService projects;
    private final ProjectHead head;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EditSessionService(OpLogRepository log, SnapshotRepository snapshots, DocumentLoader loader, DocumentCache cache,
            ProjectAccess access, ProjectService projects, ProjectHead head, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock) {
        this.log = log;
        this.snapshots = snapshots;
        this.loader = loader;
        this.cache = cache;
        this.access = access;
        this.projects = projects;
        this.head = head;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public DocumentState open(ProjectId projectId) {
        UserId reader = currentUser.require().userId();
        ProjectRole role = access.require(projectId, reader, ProjectRole.VIEWER);
        long head = projects.get(projectId).project().headSeq();
        return new DocumentState(head, documentAt(projectId, head), role, reader);
    }

    /** A project opened through its public read-only link; needs no sign-in, gives only the viewer's rights. */
    @Transactional(readOnly = true)
    public PublicSession openByPublicLink(String token) {
        PublicProject shared = projects.getByPublicLink(token);
        long head = shared.project().headSeq();
        ProjectId projectId = shared.project().id();
        return new PublicSession(shared, new DocumentState(head, documentAt(projectId, head), ProjectRole.VIEWER,
                null));
    }

    /**
     * The notes at {@code seq}: the cached state, brought forward by the few operations logged
     * since if it is a little behind, else rebuilt from the latest snapshot. Being a little behind is
     * common: when edits of one project queue for its head, the next one starts the moment the
     * previous commits, before that one has put its state into the cache.
     */
    private NoteDocument documentAt(ProjectId projectId, long seq) {
        return cache.copyAtOrBefore(projectId, seq)
                .filter(cached -> seq - cached.seq() <= SNAPSHOT_EVERY)
                .flatMap(cached -> cached.seq() == seq ? Optional.of(cached.document())
                        : loader.bringForward(projectId, cached, seq))
                .orElseGet(() -> loader.load(projectId).document());
    }

    /** Appends the operation and returns its sequence number. */
    @Transactional
    public long submit(ProjectId projectId, UUID clientOpId, long baseSeq, EditOp op) {
        return submit(projectId, clientOpId, baseSeq, op, null);
    }

    /**
     * Appends an operation the current user makes on behalf of an AI generation (accepting its
     * notes): the log credits both the user and {@code authorGenerationId}.
     */
    @Transactional
    public long submit(ProjectId projectId, UUID clientOpId, long baseSeq, EditOp op,
            @Nullable UUID authorGenerationId) {
        UserId author = currentUser.require().userId();
        access.require(projectId, author, ProjectRole.EDITOR);
        Optional<Long> earlier = log.findSeqByClientOpId(projectId, clientOpId);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        long seq = head.advance(projectId);
        NoteDocument document = documentAt(projectId, seq - 1);
        document.check(op, trackIds(projectId));
        OpLogEntry entry = new OpLogEntry(projectId, seq, author, clientOpId, baseSeq, op, clock.instant(),
                authorGenerationId);
        log.insert(entry);
        document.apply(op);
        if (seq % SNAPSHOT_EVERY == 0) {
            snapshots.insert(projectId, seq, document.notes(), entry.at());
        }
        afterCommit(() -> cache.put(projectId, seq, document));
        events.publishEvent(new OpCommitted(entry));
        return seq;
    }

    private static void afterCommit(Runnable action) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }

    private Set<UUID> trackIds(ProjectId projectId) {
        return projects.tracksOf(projectId).stream().map(Track::id).collect(Collectors.toSet());
    }
}
