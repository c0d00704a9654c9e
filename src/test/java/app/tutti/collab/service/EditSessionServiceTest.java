package app.tutti.collab.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tutti.base.domain.InvalidInputException;
import app.tutti.base.domain.NotFoundException;
import app.tutti.base.domain.PermissionDeniedException;
import app.tutti.base.domain.ProjectId;
import app.tutti.base.domain.UserId;
import app.tutti.collab.domain.OpLogEntry;
import app.tutti.collab.domain.OpLogRepository;
import app.tutti.composition.domain.EditOp;
import app.tutti.composition.domain.Note;
import app.tutti.composition.domain.NoteChange;
import app.tutti.composition.domain.NoteDocument;
import app.tutti.composition.domain.ProjectDetails;
import app.tutti.composition.service.ProjectHead;
import app.tutti.composition.service.ProjectService;
import app.tutti.sharing.domain.ProjectMemberRepository;
import app.tutti.sharing.domain.ProjectRole;
import app.tutti.testsupport.TestClock;
import app.tutti.testsupport.TestUsers;
import app.tutti.testsupport.TuttiSpringTest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/** The operation log on H2; {@code EditSessionServicePostgresIT} runs the same on PostgreSQL. */
@TuttiSpringTest
class EditSessionServiceTest {

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
    DocumentLoader loader;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ProjectHead projectHead;
    @Autowired
    OpLogRepository opLog;

    ProjectId project;
    UUID track;
    String owner;

    @BeforeEach
    void createProject() {
        owner = users.register("olivia");
        users.logIn(owner);
        project = projects.create(ProjectDetails.untitled());
        track = projects.tracksOf(project).getFirst().id();
    }

    @AfterEach
    void logOut() {
        users.logOut();
    }

    private Note note(int pitch, long start) {
        return new Note(UUID.randomUUID(), track, pitch, start, 480, 100);
    }

    private long submit(EditOp op) {
        return edits.submit(project, UUID.randomUUID(), 0, op);
    }

    @Test
    void an_added_note_is_there_when_the_project_is_opened_again() {
        Note c = note(60, 0);
        assertThat(submit(new EditOp.AddNotes(List.of(c)))).isEqualTo(1);

        DocumentState state = edits.open(project);
        assertThat(state.seq()).isEqualTo(1);
        assertThat(state.document().notes()).containsExactly(c);
        assertThat(projects.get(project).project().headSeq()).isEqualTo(1);
    }

    @Test
    void sequence_numbers_follow_commit_order() {
        Note c = note(60, 0);
        assertThat(submit(new EditOp.AddNotes(List.of(c)))).isEqualTo(1);
        assertThat(submit(new EditOp.UpdateNotes(List.of(new NoteChange(c.id(), null, 64, null, null, null)))))
                .isEqualTo(2);
        assertThat(submit(new EditOp.DeleteNotes(List.of(c.id())))).isEqualTo(3);
        assertThat(edits.open(project).document().size()).isZero();
    }

    @Test
    void a_retried_operation_is_applied_once_and_gets_its_first_sequence_number() {
        UUID clientOpId = UUID.randomUUID();
        EditOp add = new EditOp.AddNotes(List.of(note(60, 0)));
        long first = edits.submit(project, clientOpId, 0, add);
        long retry = edits.submit(project, clientOpId, 0, add);

        assertThat(retry).isEqualTo(first);
        assertThat(edits.open(project).seq()).isEqualTo(first);
        assertThat(edits.open(project).document().size()).isEqualTo(1);
    }

    @Test
    void a_note_on_a_track_of_another_project_is_rejected_and_nothing_changes() {
        Note foreign = new Note(UUID.randomUUID(), UUID.randomUUID(), 60, 0, 480, 100);
        assertThatThrownBy(() -> submit(new EditOp.AddNotes(List.of(foreign))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("track does not exist");
        assertThat(edits.open(project).seq()).isZero();
        assertThat(projects.get(project).project().headSeq()).isZero();
    }

    @Test
    void a_move_that_would_put_a_note_out_of_range_is_rejected() {
        Note c = note(120, 0);
        submit(new EditOp.AddNotes(List.of(c)));
        assertThatThrownBy(() -> submit(new EditOp.UpdateNotes(List.of(new NoteChange(c.id(), null, 128, null, null,
                null))))).isInstanceOf(InvalidInputException.class).hasMessageContaining("pitch must be 0 to 127");
        assertThat(edits.open(project).document().get(c.id())).isEqualTo(c);
    }

    @Test
    void an_oversized_batch_is_rejected_with_the_limit_in_the_message() {
        List<Note> many = new ArrayList<>();
        for (int i = 0; i <= NoteDocument.MAX_OP_SIZE; i++) {
            many.add(note(60, i * 10L));
        }
        assertThatThrownBy(() -> submit(new EditOp.AddNotes(many))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("at most " + NoteDocument.MAX_OP_SIZE);
    }

    @Test
    void an_update_to_a_deleted_note_is_dropped() {
        Note c = note(60, 0);
        submit(new EditOp.AddNotes(List.of(c)));
        submit(new EditOp.DeleteNotes(List.of(c.id())));
        submit(new EditOp.UpdateNotes(List.of(new NoteChange(c.id(), null, 62, null, null, null))));
        assertThat(edits.open(project).document().size()).isZero();
    }

    @Test
    void a_viewer_who_forges_an_edit_gets_an_error_and_changes_nothing() {
        String viewer = users.register("victor");
        Authentication viewerLogin = users.logIn(viewer);
        UserId viewerId = ((app.tutti.base.security.AppUser) viewerLogin.getPrincipal()).userId();
        members.insert(project, viewerId, ProjectRole.VIEWER, clock.instant());

        assertThat(edits.open(project).role()).isEqualTo(ProjectRole.VIEWER);
        assertThatThrownBy(() -> submit(new EditOp.AddNotes(List.of(note(60, 0)))))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(edits.open(project).seq()).isZero();
    }

    @Test
    void a_stranger_can_neither_open_nor_edit() {
        users.registerAndLogIn("stranger");
        assertThatThrownBy(() -> edits.open(project)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> submit(new EditOp.AddNotes(List.of(note(60, 0)))))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void duplicating_a_project_copies_its_notes() {
        Note c = note(60, 0);
        submit(new EditOp.AddNotes(List.of(c)));
        ProjectId copy = projects.duplicate(project);
        assertThat(edits.open(copy).document().notes()).containsExactly(c);
        assertThat(edits.open(copy).seq()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void random_edits_reloaded_from_the_log_give_the_same_document(long seed) {
        RandomEdits random = new RandomEdits(seed, track);
        NoteDocument expected = new NoteDocument();
        for (int i = 0; i < 2 * EditSessionService.SNAPSHOT_EVERY + 17; i++) {
            EditOp op = random.next();
            submit(op);
            expected.apply(op);
        }
        DocumentState opened = edits.open(project);
        assertThat(opened.seq()).isEqualTo(2L * EditSessionService.SNAPSHOT_EVERY + 17);
        assertThat(new HashSet<>(opened.document().notes())).isEqualTo(new HashSet<>(expected.notes()));
        DocumentLoader.Loaded fromLog = loader.load(project);
        assertThat(fromLog.seq()).isEqualTo(opened.seq());
        assertThat(new HashSet<>(fromLog.document().notes())).isEqualTo(new HashSet<>(expected.notes()));
    }

    @Test
    void an_operation_committed_elsewhere_is_seen_even_when_this_node_has_the_project_cached() {
        Note here = note(60, 0);
        submit(new EditOp.AddNotes(List.of(here)));
        Note elsewhere = note(62, 0);
        transactions.executeWithoutResult(status -> {
            long seq = projectHead.advance(project);
            opLog.insert(new OpLogEntry(project, seq, null, UUID.randomUUID(), 1,
                    new EditOp.AddNotes(List.of(elsewhere)), clock.instant()));
        });

        assertThat(edits.open(project).document().notes()).containsExactlyInAnyOrder(here, elsewhere);
        Note next = note(64, 0);
        submit(new EditOp.AddNotes(List.of(next)));
        assertThat(edits.open(project).document().notes()).containsExactlyInAnyOrder(here, elsewhere, next);
    }

    @Test
    void a_cached_state_some_operations_behind_is_brought_forward_by_the_logged_moves_and_deletes() {
        Note kept = note(60, 0);
        Note deleted = note(62, 480);
        submit(new EditOp.AddNotes(List.of(kept, deleted)));
        transactions.executeWithoutResult(status -> {
            opLog.insert(new OpLogEntry(project, projectHead.advance(project), null, UUID.randomUUID(), 1,
                    new EditOp.UpdateNotes(List.of(new NoteChange(kept.id(), null, 67, 960L, null, null))),
                    clock.instant()));
            opLog.insert(new OpLogEntry(project, projectHead.advance(project), null, UUID.randomUUID(), 2,
                    new EditOp.DeleteNotes(List.of(deleted.id())), clock.instant()));
        });
        Note added = note(64, 0);

        submit(new EditOp.AddNotes(List.of(added)));

        Note moved = new Note(kept.id(), kept.trackId(), 67, 960, kept.duration(), kept.velocity());
        assertThat(edits.open(project).document().notes()).containsExactlyInAnyOrder(moved, added);
        assertThat(loader.load(project).document().notes()).containsExactlyInAnyOrder(moved, added);
    }

    @Test
    void concurrent_edits_get_distinct_consecutive_sequence_numbers() throws Exception {
        Authentication login = SecurityContextHolder.getContext().getAuthentication();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Long>> futures = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                int pitch = 40 + i;
                futures.add(pool.submit(() -> {
                    SecurityContextHolder.getContext().setAuthentication(login);
                    return submit(new EditOp.AddNotes(List.of(note(pitch, 0))));
                }));
            }
            List<Long> seqs = new ArrayList<>();
            for (Future<Long> future : futures) {
                seqs.add(future.get());
            }
            Collections.sort(seqs);
            assertThat(seqs).isEqualTo(java.util.stream.LongStream.rangeClosed(1, 40).boxed().toList());
            assertThat(edits.open(project).document().size()).isEqualTo(40);
        } finally {
            pool.shutdownNow();
        }
    }
}
