package app.tutti.collab.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tutti.base.domain.InvalidInputException;
import app.tutti.base.domain.ProjectId;
import app.tutti.base.domain.UserId;
import app.tutti.base.security.AppUser;
import app.tutti.collab.domain.OpLogEntry;
import app.tutti.collab.domain.OpLogRepository;
import app.tutti.collab.domain.SnapshotRepository;
import app.tutti.composition.domain.EditOp;
import app.tutti.composition.domain.Note;
import app.tutti.composition.domain.NoteChange;
import app.tutti.composition.domain.ProjectDetails;
import app.tutti.composition.service.ProjectHead;
import app.tutti.composition.service.ProjectService;
import app.tutti.sharing.domain.ProjectMemberRepository;
import app.tutti.sharing.domain.ProjectRole;
import app.tutti.testsupport.TestClock;
import app.tutti.testsupport.TestUsers;
import app.tutti.testsupport.TuttiSpringTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Group commit of live edits on H2; {@code GroupCommitPostgresIT} runs the same on PostgreSQL.
 * A commit is held up by holding the project's head lock from another transaction, so the
 * submits made meanwhile queue behind it.
 */
@TuttiSpringTest
class GroupCommitTest {

    @Autowired
    EditSessionService edits;
    @Autowired
    ProjectService projects;
    @Autowired
    ProjectMemberRepository members;
    @Autowired
    TestUsers users;
    @Autowired
    TestClock clock;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ProjectHead projectHead;
    @Autowired
    OpLogRepository opLog;
    @Autowired
    SnapshotRepository snapshots;
    @Autowired
    ProjectBroadcaster broadcaster;

    ProjectId project;
    UUID track;
    Authentication owner;
    ExecutorService threads = Executors.newCachedThreadPool();

    @BeforeEach
    void createProject() {
        owner = users.logIn(users.register("olivia"));
        project = projects.create(ProjectDetails.untitled());
        track = projects.tracksOf(project).getFirst().id();
    }

    @AfterEach
    void cleanUp() {
        threads.shutdownNow();
        users.logOut();
    }

    private Note note(int pitch) {
        return new Note(UUID.randomUUID(), track, pitch, 0, 480, 100);
    }

    private EditOp add(int pitch) {
        return new EditOp.AddNotes(List.of(note(pitch)));
    }

    private Authentication editor(String name) {
        Authentication login = users.logIn(users.register(name));
        members.insert(project, userId(login), ProjectRole.EDITOR, clock.instant());
        SecurityContextHolder.getContext().setAuthentication(owner);
        return login;
    }

    private static UserId userId(Authentication login) {
        return ((AppUser) login.getPrincipal()).userId();
    }

    /** Submits from an editor's thread of its own, signed in as {@code as}, with no transaction around. */
    private Future<Long> submitAs(Authentication as, UUID clientOpId, EditOp op) {
        return threads.submit(() -> {
            SecurityContextHolder.getContext().setAuthentication(as);
            try {
                return edits.submitLive(project, clientOpId, 0, op);
            } finally {
                SecurityContextHolder.clearContext();
            }
        });
    }

    /** Holds the project's head lock (as a long commit would) until the returned latch is counted down. */
    private CountDownLatch holdHeadLock() throws InterruptedException {
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        threads.submit(() -> transactions.executeWithoutResult(status -> {
            projectHead.lock(project);
            locked.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
        return release;
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited too long").isLessThan(deadline);
            Thread.sleep(5);
        }
    }

    /** A first submit, leading a commit that waits for the held lock; later submits queue behind it. */
    private Future<Long> leaderWaitingForTheLock() throws InterruptedException {
        Future<Long> leader = submitAs(owner, UUID.randomUUID(), add(30));
        // The leader has taken its own op out of the queue and is now waiting for the lock.
        await(() -> edits.committing(project) && edits.waitingToCommit(project) == 0);
        Thread.sleep(50);
        assertThat(leader.isDone()).isFalse();
        return leader;
    }

    private List<OpLogEntry> logged() {
        return opLog.findByProjectIdAfterSeqOrderBySeq(project, 0);
    }

    @Test
    void many_editors_at_once_get_gapless_numbers_and_each_the_number_its_op_was_stored_with() throws Exception {
        List<Authentication> editors = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            editors.add(editor("ed" + i));
        }
        Map<UUID, Future<Long>> submitted = new HashMap<>();
        Map<UUID, Authentication> submitter = new HashMap<>();
        for (int i = 0; i < 120; i++) {
            UUID clientOpId = UUID.randomUUID();
            Authentication as = editors.get(i % editors.size());
            submitter.put(clientOpId, as);
            submitted.put(clientOpId, submitAs(as, clientOpId, add(20 + i % 100)));
        }
        Map<UUID, Long> acknowledged = new HashMap<>();
        for (var e : submitted.entrySet()) {
            acknowledged.put(e.getKey(), e.getValue().get(60, TimeUnit.SECONDS));
        }

        List<OpLogEntry> log = logged();
        assertThat(log).extracting(OpLogEntry::seq).containsExactlyElementsOf(LongStream.rangeClosed(1, 120).boxed()
                .toList());
        for (OpLogEntry entry : log) {
            assertThat(acknowledged.get(entry.clientOpId())).isEqualTo(entry.seq());
            assertThat(entry.author()).isEqualTo(userId(submitter.get(entry.clientOpId())));
        }
        assertThat(projects.get(project).project().headSeq()).isEqualTo(120);
        assertThat(edits.open(project).document().size()).isEqualTo(120);
    }

    @Test
    void submits_queued_behind_a_held_up_commit_go_in_one_transaction() throws Exception {
        Authentication ann = editor("ann");
        Authentication bob = editor("bob");
        long commitsBefore = edits.commits();
        CountDownLatch release = holdHeadLock();
        Future<Long> first = leaderWaitingForTheLock();
        List<Future<Long>> queued = List.of(submitAs(ann, UUID.randomUUID(), add(61)),
                submitAs(bob, UUID.randomUUID(), add(62)), submitAs(ann, UUID.randomUUID(), add(63)));
        await(() -> edits.waitingToCommit(project) == 3);
        release.countDown();

        assertThat(first.get(20, TimeUnit.SECONDS)).isEqualTo(1);
        List<Long> seqs = new ArrayList<>();
        for (Future<Long> f : queued) {
            seqs.add(f.get(20, TimeUnit.SECONDS));
        }
        assertThat(seqs).containsExactlyInAnyOrder(2L, 3L, 4L);
        assertThat(edits.commits() - commitsBefore).as("transactions for 4 ops").isEqualTo(2);
        assertThat(logged()).hasSize(4);
    }

    @Test
    void a_listener_gets_a_batch_in_one_call_and_every_op_exactly_once_in_order() throws Exception {
        List<List<Long>> calls = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (var subscription = broadcaster.subscribeBatches(project, 0,
                entries -> calls.add(entries.stream().map(OpLogEntry::seq).toList()))) {
            CountDownLatch release = holdHeadLock();
            Future<Long> first = leaderWaitingForTheLock();
            List<Future<Long>> queued = List.of(submitAs(owner, UUID.randomUUID(), add(61)),
                    submitAs(owner, UUID.randomUUID(), add(62)), submitAs(owner, UUID.randomUUID(), add(63)));
            await(() -> edits.waitingToCommit(project) == 3);
            release.countDown();
            first.get(20, TimeUnit.SECONDS);
            for (Future<Long> f : queued) {
                f.get(20, TimeUnit.SECONDS);
            }
            await(() -> calls.stream().mapToInt(List::size).sum() == 4);
        }
        assertThat(calls).containsExactly(List.of(1L), List.of(2L, 3L, 4L));
    }

    @Test
    void a_bad_op_in_a_batch_is_refused_alone_and_takes_no_number() throws Exception {
        Authentication ann = editor("ann");
        CountDownLatch release = holdHeadLock();
        Future<Long> first = leaderWaitingForTheLock();
        Future<Long> good = submitAs(ann, UUID.randomUUID(), add(61));
        await(() -> edits.waitingToCommit(project) == 1);
        Future<Long> bad = submitAs(ann, UUID.randomUUID(),
                new EditOp.AddNotes(List.of(new Note(UUID.randomUUID(), UUID.randomUUID(), 60, 0, 480, 100))));
        await(() -> edits.waitingToCommit(project) == 2);
        Future<Long> alsoGood = submitAs(owner, UUID.randomUUID(), add(62));
        await(() -> edits.waitingToCommit(project) == 3);
        release.countDown();

        assertThat(first.get(20, TimeUnit.SECONDS)).isEqualTo(1);
        assertThat(good.get(20, TimeUnit.SECONDS)).isEqualTo(2);
        assertThat(alsoGood.get(20, TimeUnit.SECONDS)).isEqualTo(3);
        assertThatThrownBy(() -> bad.get(20, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(InvalidInputException.class).hasMessageContaining("track does not exist");
        assertThat(logged()).extracting(OpLogEntry::seq).containsExactly(1L, 2L, 3L);
        assertThat(projects.get(project).project().headSeq()).isEqualTo(3);
    }

    @Test
    void each_op_is_checked_against_the_notes_after_the_ops_before_it_in_the_batch() throws Exception {
        Note note = note(60);
        CountDownLatch release = holdHeadLock();
        Future<Long> first = leaderWaitingForTheLock();
        Future<Long> added = submitAs(owner, UUID.randomUUID(), new EditOp.AddNotes(List.of(note)));
        await(() -> edits.waitingToCommit(project) == 1);
        // Checked against the notes before the batch, the note would be missing and the move let through.
        Future<Long> movedOutOfRange = submitAs(owner, UUID.randomUUID(),
                new EditOp.UpdateNotes(List.of(new NoteChange(note.id(), null, 128, null, null, null))));
        await(() -> edits.waitingToCommit(project) == 2);
        release.countDown();

        assertThat(first.get(20, TimeUnit.SECONDS)).isEqualTo(1);
        assertThat(added.get(20, TimeUnit.SECONDS)).isEqualTo(2);
        assertThatThrownBy(() -> movedOutOfRange.get(20, TimeUnit.SECONDS)).cause()
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("pitch must be 0 to 127");
        assertThat(logged()).hasSize(2);
    }

    @Test
    void the_same_client_op_id_twice_in_one_batch_is_stored_once_and_both_get_its_number() throws Exception {
        UUID clientOpId = UUID.randomUUID();
        EditOp op = add(61);
        CountDownLatch release = holdHeadLock();
        Future<Long> first = leaderWaitingForTheLock();
        Future<Long> once = submitAs(owner, clientOpId, op);
        await(() -> edits.waitingToCommit(project) == 1);
        Future<Long> retry = submitAs(owner, clientOpId, op);
        await(() -> edits.waitingToCommit(project) == 2);
        Future<Long> next = submitAs(owner, UUID.randomUUID(), add(62));
        await(() -> edits.waitingToCommit(project) == 3);
        release.countDown();

        assertThat(first.get(20, TimeUnit.SECONDS)).isEqualTo(1);
        assertThat(once.get(20, TimeUnit.SECONDS)).isEqualTo(2);
        assertThat(retry.get(20, TimeUnit.SECONDS)).isEqualTo(2);
        assertThat(next.get(20, TimeUnit.SECONDS)).isEqualTo(3);
        assertThat(logged()).extracting(OpLogEntry::clientOpId).containsOnlyOnce(clientOpId).hasSize(3);
        assertThat(submitAs(owner, clientOpId, op).get(20, TimeUnit.SECONDS)).as("retried later").isEqualTo(2);
    }

    @Test
    void a_batch_whose_transaction_fails_fails_every_op_in_it_and_writes_nothing() throws Exception {
        for (int pitch = 0; pitch < EditSessionService.SNAPSHOT_EVERY - 2; pitch++) {
            edits.submit(project, UUID.randomUUID(), 0, add(pitch));
        }
        // A snapshot already at 100 makes the batch that reaches 100 fail after its log rows are written.
        snapshots.insert(project, EditSessionService.SNAPSHOT_EVERY, List.of(), clock.instant());
        CountDownLatch release = holdHeadLock();
        Future<Long> first = leaderWaitingForTheLock();
        List<Future<Long>> batch = List.of(submitAs(owner, UUID.randomUUID(), add(101)),
                submitAs(owner, UUID.randomUUID(), add(102)), submitAs(owner, UUID.randomUUID(), add(103)));
        await(() -> edits.waitingToCommit(project) == 3);
        long commitsBefore = edits.commits();
        release.countDown();

        assertThat(first.get(20, TimeUnit.SECONDS)).isEqualTo(EditSessionService.SNAPSHOT_EVERY - 1);
        for (Future<Long> f : batch) {
            assertThatThrownBy(() -> f.get(20, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class);
        }
        assertThat(edits.commits() - commitsBefore).isEqualTo(1);
        assertThat(logged()).hasSize(EditSessionService.SNAPSHOT_EVERY - 1);
        assertThat(projects.get(project).project().headSeq()).isEqualTo(EditSessionService.SNAPSHOT_EVERY - 1);
        assertThat(edits.waitingToCommit(project)).isZero();
    }

    @Test
    void a_caller_with_a_transaction_commits_inline_and_rolls_back_with_its_op() {
        transactions.executeWithoutResult(status -> {
            assertThat(edits.submit(project, UUID.randomUUID(), 0, add(60))).isEqualTo(1);
            status.setRollbackOnly();
        });
        assertThat(logged()).isEmpty();
        assertThat(projects.get(project).project().headSeq()).isZero();

        assertThatThrownBy(() -> transactions.executeWithoutResult(status ->
                edits.submitLive(project, UUID.randomUUID(), 0, add(60))))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_snapshot_in_a_batch_holds_the_notes_at_exactly_its_number() throws Exception {
        for (int pitch = 0; pitch < EditSessionService.SNAPSHOT_EVERY - 2; pitch++) {
            edits.submit(project, UUID.randomUUID(), 0, add(pitch));
        }
        CountDownLatch release = holdHeadLock();
        Future<Long> first = leaderWaitingForTheLock();
        List<Future<Long>> batch = List.of(submitAs(owner, UUID.randomUUID(), add(101)),
                submitAs(owner, UUID.randomUUID(), add(102)), submitAs(owner, UUID.randomUUID(), add(103)));
        await(() -> edits.waitingToCommit(project) == 3);
        release.countDown();
        first.get(20, TimeUnit.SECONDS);
        for (Future<Long> f : batch) {
            f.get(20, TimeUnit.SECONDS);
        }

        var snapshot = snapshots.findLatest(project).orElseThrow();
        assertThat(snapshot.seq()).isEqualTo(EditSessionService.SNAPSHOT_EVERY);
        assertThat(snapshot.notes()).hasSize(EditSessionService.SNAPSHOT_EVERY);
        assertThat(edits.open(project).document().size()).isEqualTo(EditSessionService.SNAPSHOT_EVERY + 2);
    }
}
