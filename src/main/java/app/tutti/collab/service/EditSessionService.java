package app.tutti.collab.service;

import app.tutti.base.domain.InvalidInputException;
import app.tutti.base.domain.ProjectId;
import app.tutti.base.domain.UserId;
import app.tutti.base.security.CurrentUser;
import app.tutti.collab.domain.OpLogEntry;
import app.tutti.collab.domain.OpLogRepository;
import app.tutti.collab.domain.SnapshotRepository;
import app.tutti.composition.domain.EditOp;
import app.tutti.composition.domain.Note;
import app.tutti.composition.domain.NoteDocument;
import app.tutti.composition.domain.Track;
import app.tutti.composition.service.ProjectHead;
import app.tutti.composition.service.ProjectService;
import app.tutti.composition.service.PublicProject;
import app.tutti.sharing.domain.ProjectRole;
import app.tutti.sharing.service.ProjectAccess;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one path by which notes change: checks the user's role and the operation's rules, then in
 * one transaction takes the project's next sequence number and appends the operation to the log.
 * An operation is acknowledged only after that commit. Retrying with the same client op id
 * returns the original sequence number and changes nothing. Live editors' operations of one
 * project are committed in batches (group commit, see {@link #submitLive}); callers with a
 * transaction of their own commit theirs inline ({@link #submit}). Both take the project's head
 * lock, so sequence numbers stay gapless and in commit order either way.
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
    private final TransactionTemplate transaction;
    private final boolean groupCommit;
    private final Map<ProjectId, GroupCommitQueue> queues = new ConcurrentHashMap<>();
    private final AtomicLong commits = new AtomicLong();

    EditSessionService(OpLogRepository log, SnapshotRepository snapshots, DocumentLoader loader, DocumentCache cache,
            ProjectAccess access, ProjectService projects, ProjectHead head, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactions,
            @Value("${tutti.edits.group-commit:true}") boolean groupCommit) {
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
        this.transaction = new TransactionTemplate(transactions);
        this.groupCommit = groupCommit;
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

    /**
     * Appends the operation and returns its sequence number, inside the caller's transaction if
     * there is one (so whatever else the caller writes commits or rolls back with the operation).
     * The editor, which has no transaction of its own, uses {@link #submitLive} instead.
     */
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
        QueuedOp queued = permitted(projectId, clientOpId, baseSeq, op, authorGenerationId);
        return commit(projectId, List.of(queued)).getFirst().seqOrThrow();
    }

    /**
     * Appends an operation from a live editor and returns its sequence number once it has
     * committed. Operations of the project submitted while a commit is running are committed
     * together in the next transaction (group commit), so one project's edit rate is not bound by
     * one transaction per edit. Must not be called inside a transaction: the batch commits in a
     * transaction of its own, which the caller's could not include (use {@link #submit} there).
     */
    public long submitLive(ProjectId projectId, UUID clientOpId, long baseSeq, EditOp op) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("submitLive commits in its own transaction; inside one, use submit.");
        }
        QueuedOp queued = permitted(projectId, clientOpId, baseSeq, op, null);
        if (!groupCommit) {
            return transaction.execute(status -> commit(projectId, List.of(queued))).getFirst().seqOrThrow();
        }
        GroupCommitQueue queue = queues.computeIfAbsent(projectId, id -> new GroupCommitQueue());
        try {
            return queue.submit(queued, batch -> transaction.execute(status -> commit(projectId, batch)))
                    .seqOrThrow();
        } finally {
            queues.computeIfPresent(projectId, (id, current) -> current.isIdle() ? null : current);
        }
    }

    /** How many transactions have committed operations (a batch counts once), for tests and tuning. */
    long commits() {
        return commits.get();
    }

    /** How many live operations of the project wait for the next group commit. */
    int waitingToCommit(ProjectId projectId) {
        GroupCommitQueue queue = queues.get(projectId);
        return queue == null ? 0 : queue.waiting();
    }

    /** Whether a group commit of the project is running (or about to). */
    boolean committing(ProjectId projectId) {
        GroupCommitQueue queue = queues.get(projectId);
        return queue != null && !queue.isIdle();
    }

    /** Checks the current user may edit the project; the operation then carries its author with it. */
    private QueuedOp permitted(ProjectId projectId, UUID clientOpId, long baseSeq, EditOp op,
            @Nullable UUID authorGenerationId) {
        UserId author = currentUser.require().userId();
        access.require(projectId, author, ProjectRole.EDITOR);
        return new QueuedOp(author, SecurityContextHolder.getContext().getAuthentication(), clientOpId, baseSeq, op,
                authorGenerationId);
    }

    /**
     * Appends the operations in the current transaction, in order, under the project's head lock:
     * each is checked against the notes after the ones before it; one that fails its check is
     * refused alone and takes no sequence number, one whose client op id is in the log already (or
     * earlier in the batch) gets that number again. One head update and one batch insert for all.
     */
    private List<QueuedOp.Outcome> commit(ProjectId projectId, List<QueuedOp> batch) {
        long headSeq = head.lock(projectId);
        NoteDocument document = documentAt(projectId, headSeq);
        Set<UUID> tracks = trackIds(projectId);
        Map<UUID, Long> known = new HashMap<>(log.findSeqsByClientOpIds(projectId,
                batch.stream().map(QueuedOp::clientOpId).collect(Collectors.toSet())));
        Instant at = clock.instant();
        List<OpLogEntry> entries = new ArrayList<>();
        List<QueuedOp> committed = new ArrayList<>();
        List<Snapshot> due = new ArrayList<>();
        List<QueuedOp.Outcome> outcomes = new ArrayList<>();
        for (QueuedOp queued : batch) {
            Long earlier = known.get(queued.clientOpId());
            if (earlier != null) {
                outcomes.add(QueuedOp.Outcome.committed(earlier));
                continue;
            }
            try {
                document.check(queued.op(), tracks);
            } catch (InvalidInputException refused) {
                outcomes.add(QueuedOp.Outcome.refusedFor(refused));
                continue;
            }
            long seq = headSeq + entries.size() + 1;
            entries.add(new OpLogEntry(projectId, seq, queued.author(), queued.clientOpId(), queued.baseSeq(),
                    queued.op(), at, queued.authorGenerationId()));
            committed.add(queued);
            document.apply(queued.op());
            if (seq % SNAPSHOT_EVERY == 0) {
                due.add(new Snapshot(seq, document.notes()));
            }
            known.put(queued.clientOpId(), seq);
            outcomes.add(QueuedOp.Outcome.committed(seq));
        }
        if (entries.isEmpty()) {
            return outcomes;
        }
        head.advanceBy(projectId, entries.size());
        log.insertAll(entries);
        due.forEach(snapshot -> snapshots.insert(projectId, snapshot.seq(), snapshot.notes(), at));
        long last = entries.getLast().seq();
        afterCommit(() -> {
            commits.incrementAndGet();
            cache.put(projectId, last, document);
        });
        for (int i = 0; i < entries.size(); i++) {
            events.publishEvent(new OpCommitted(entries.get(i), committed.get(i).submitter()));
        }
        events.publishEvent(new OpsCommitted(projectId, List.copyOf(entries)));
        return outcomes;
    }

    private record Snapshot(long seq, Collection<Note> notes) {
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
