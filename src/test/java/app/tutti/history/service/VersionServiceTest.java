package app.tutti.history.service;

import static app.tutti.history.service.HistoryScenario.note;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import app.tutti.base.domain.InvalidInputException;
import app.tutti.base.domain.NotFoundException;
import app.tutti.base.domain.PermissionDeniedException;
import app.tutti.base.domain.ProjectId;
import app.tutti.collab.service.EditSessionService;
import app.tutti.composition.domain.EditOp;
import app.tutti.composition.domain.Note;
import app.tutti.composition.domain.NoteChange;
import app.tutti.composition.service.ProjectService;
import app.tutti.history.domain.Contributor;
import app.tutti.history.domain.VersionDiff;
import app.tutti.history.domain.VersionKind;
import app.tutti.sharing.domain.ProjectRole;
import app.tutti.testsupport.TestClock;
import app.tutti.testsupport.TestUsers;
import app.tutti.testsupport.TuttiSpringTest;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Versions, restore, fork, authorship and who may do what, on H2 ({@code VersionServicePostgresIT}: PostgreSQL). */
@TuttiSpringTest
class VersionServiceTest {

    @Autowired
    HistoryScenario scenario;
    @Autowired
    VersionService versions;
    @Autowired
    VersionContent content;
    @Autowired
    RestoreService restores;
    @Autowired
    ForkService forks;
    @Autowired
    ForkOrigins origins;
    @Autowired
    AuthorshipService authorship;
    @Autowired
    EditSessionService edits;
    @Autowired
    ProjectService projects;
    @Autowired
    TestUsers users;
    @Autowired
    TestClock clock;

    HistoryScenario.Song song;
    ProjectId project;

    @BeforeEach
    void start() {
        song = scenario.start();
        project = song.project();
    }

    @AfterEach
    void logOut() {
        users.logOut();
    }

    private List<Note> notesNow() {
        return List.copyOf(edits.open(project).document().notes());
    }

    @Test
    void a_saved_version_is_on_the_timeline_with_its_author_and_summary() {
        scenario.add(project, note(song.track(), 60, 0), note(song.track(), 62, 1920 * 8));
        VersionEntry saved = versions.save(project, "  Intro  ");

        assertThat(versions.timeline(project)).singleElement().satisfies(entry -> {
            assertThat(entry.label()).isEqualTo("v1 · Intro");
            assertThat(entry.authorName()).isEqualTo("Ana");
            assertThat(entry.version().kind()).isEqualTo(VersionKind.NAMED);
            assertThat(entry.version().seq()).isEqualTo(1);
            assertThat(entry.version().summary()).isEqualTo("Ana added 2 notes in bars 1–9");
        });
        assertThat(saved.version().name()).isEqualTo("Intro");
    }

    @Test
    void a_version_needs_a_name() {
        assertThatThrownBy(() -> versions.save(project, " ")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void the_first_edit_after_a_pause_closes_the_burst_before_it_as_an_automatic_version() {
        scenario.add(project, note(song.track(), 60, 0));
        scenario.add(project, note(song.track(), 62, 480));
        clock.advance(AutoVersioning.IDLE.plus(Duration.ofSeconds(1)));
        scenario.add(project, note(song.track(), 64, 960));
        scenario.add(project, note(song.track(), 65, 1440));

        // Written by a thread of its own after the edit committed.
        await().atMost(Duration.ofSeconds(30)).pollInSameThread().untilAsserted(() -> assertThat(
                versions.timeline(project)).singleElement().satisfies(entry -> {
                    assertThat(entry.version().kind()).isEqualTo(VersionKind.AUTO);
                    assertThat(entry.version().seq()).isEqualTo(2);
                    assertThat(entry.authorName()).isEqualTo(VersionService.AUTOMATIC);
                    assertThat(entry.version().summary()).isEqualTo("Ana added 2 notes in bar 1");
                }));
    }

    @Test
    void an_opened_version_shows_the_notes_as_they_were() {
        Note c = note(song.track(), 60, 0);
        scenario.add(project, c);
        VersionEntry v1 = versions.save(project, "One note");
        scenario.add(project, note(song.track(), 64, 480));

        assertThat(content.open(project, v1.version().id()).notes()).containsExactly(c);
        assertThat(notesNow()).hasSize(2);
    }

    @Test
    void restoring_brings_back_the_version_as_new_operations_and_can_itself_be_undone() {
        RandomNotes random = new RandomNotes(7, song.track());
        for (int i = 0; i < 40; i++) {
            scenario.submit(project, random.next());
        }
        List<Note> atVersion = notesNow();
        VersionEntry v1 = versions.save(project, "Before experiments");
        scenario.as(song.ben());
        for (int i = 0; i < 40; i++) {
            scenario.submit(project, random.next());
        }
        List<Note> experimented = notesNow();
        long headBefore = projects.get(project).project().headSeq();

        RestoreService.Restored restored = restores.restore(project, v1.version().id());

        assertThat(new HashSet<>(notesNow())).isEqualTo(new HashSet<>(atVersion));
        assertThat(restored.headSeq()).isGreaterThan(headBefore);
        assertThat(restored.before().version().kind()).isEqualTo(VersionKind.BEFORE_RESTORE);
        assertThat(restored.before().version().seq()).isEqualTo(headBefore);
        assertThat(content.compare(project, v1.version().seq(), restored.headSeq()).isEmpty()).isTrue();

        restores.restore(project, restored.before().version().id());
        assertThat(new HashSet<>(notesNow())).isEqualTo(new HashSet<>(experimented));
    }

    @Test
    void a_restored_note_keeps_the_credit_of_the_person_who_wrote_it() {
        Note c = note(song.track(), 60, 0);
        scenario.add(project, c);
        VersionEntry v1 = versions.save(project, "With C");
        scenario.as(song.ben());
        scenario.submit(project, new EditOp.DeleteNotes(List.of(c.id())));

        restores.restore(project, v1.version().id());

        assertThat(authorship.authors(project)).singleElement().satisfies(author -> {
            assertThat(author.createdBy()).isEqualTo(Contributor.user(song.anaId()));
            assertThat(author.lastChangedByName()).isEqualTo("Ben");
        });
    }

    @Test
    void compare_lists_added_removed_and_changed_notes_with_old_and_new_values() {
        Note kept = note(song.track(), 60, 0);
        Note moved = note(song.track(), 62, 480);
        Note removed = note(song.track(), 64, 960);
        scenario.add(project, kept, moved, removed);
        VersionEntry v1 = versions.save(project, "Three");
        Note added = note(song.track(), 67, 1440);
        scenario.add(project, added);
        scenario.submit(project, new EditOp.UpdateNotes(List.of(new NoteChange(moved.id(), null, 63, null, null,
                null))));
        scenario.submit(project, new EditOp.DeleteNotes(List.of(removed.id())));
        VersionEntry v2 = versions.save(project, "Changed");

        VersionDiff diff = content.compare(project, v1.version().seq(), v2.version().seq());

        assertThat(diff.added()).containsExactly(added);
        assertThat(diff.removed()).containsExactly(removed);
        assertThat(diff.changed()).singleElement().satisfies(delta -> {
            assertThat(delta.before().pitch()).isEqualTo(62);
            assertThat(delta.after().pitch()).isEqualTo(63);
        });
    }

    @Test
    void a_fork_is_a_new_project_of_the_caller_with_the_versions_notes_and_its_origin() {
        Note c = note(song.track(), 60, 0);
        scenario.add(project, c);
        VersionEntry v1 = versions.save(project, "Theme");
        scenario.add(project, note(song.track(), 64, 480));
        String viewer = scenario.member(project, "vera", ProjectRole.VIEWER);
        scenario.as(viewer);

        ProjectId fork = forks.fork(project, v1.version().id());

        assertThat(projects.get(fork).role()).isEqualTo(ProjectRole.OWNER);
        assertThat(projects.get(fork).project().title()).isEqualTo("Fork of Song");
        assertThat(edits.open(fork).document().notes()).containsExactly(c);
        assertThat(origins.origin(fork)).contains("Forked from “Song” v1 · Theme by Vera");
        assertThat(versions.timeline(fork)).extracting(VersionEntry::label).containsExactly("v1 · Theme");
        assertThat(authorship.authors(fork)).singleElement()
                .satisfies(author -> assertThat(author.createdByName()).isEqualTo("Ana"));
    }

    @Test
    void a_viewer_reads_history_but_cannot_save_or_restore() {
        scenario.add(project, note(song.track(), 60, 0));
        VersionEntry v1 = versions.save(project, "Mine");
        scenario.as(scenario.member(project, "vic", ProjectRole.VIEWER));

        assertThat(versions.timeline(project)).hasSize(1);
        assertThat(content.compare(project, 0, v1.version().seq()).added()).hasSize(1);
        assertThat(authorship.authors(project)).hasSize(1);
        assertThatThrownBy(() -> versions.save(project, "Not allowed")).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> restores.restore(project, v1.version().id()))
                .isInstanceOf(PermissionDeniedException.class);
        assertThat(versions.timeline(project)).hasSize(1);
    }

    @Test
    void a_non_member_is_told_the_project_does_not_exist() {
        scenario.add(project, note(song.track(), 60, 0));
        VersionEntry v1 = versions.save(project, "Private");
        scenario.as(scenario.stranger());

        assertThatThrownBy(() -> versions.timeline(project)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> content.open(project, v1.version().id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> content.compare(project, 0, 1)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> forks.fork(project, v1.version().id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> authorship.story(project, UUID.randomUUID())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_notes_story_lists_every_operation_that_touched_it() {
        Note c = note(song.track(), 60, 0);
        scenario.add(project, c, note(song.track(), 62, 480));
        scenario.as(song.ben());
        scenario.submit(project, new EditOp.UpdateNotes(List.of(new NoteChange(c.id(), null, 61, 960L, null, null))));

        assertThat(authorship.story(project, c.id())).extracting(StoryStep::authorName, StoryStep::action)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Ana", "created"),
                        org.assertj.core.groups.Tuple.tuple("Ben", "changed pitch → 61, start → 960"));
    }

    @Test
    void authorship_after_many_operations_is_the_same_with_and_without_checkpoints() {
        RandomNotes random = new RandomNotes(3, song.track());
        for (int i = 0; i < AuthorshipReplay.CHECKPOINT_AFTER + 50; i++) {
            scenario.submit(project, random.next());
        }
        List<NoteAuthor> first = authorship.authors(project);
        scenario.submit(project, random.next());
        List<NoteAuthor> afterCheckpoint = authorship.authors(project);

        assertThat(first).isNotEmpty();
        assertThat(afterCheckpoint.stream().map(NoteAuthor::noteId).toList())
                .containsExactlyInAnyOrderElementsOf(notesNow().stream().map(Note::id).toList());
    }

    /** Random valid edits of one track, each touching notes that may be gone already. */
    static final class RandomNotes {
        private final Random random;
        private final UUID track;
        private final List<UUID> ids = new java.util.ArrayList<>();

        RandomNotes(long seed, UUID track) {
            this.random = new Random(seed);
            this.track = track;
        }

        EditOp next() {
            if (ids.isEmpty() || random.nextInt(3) == 0) {
                Note added = new Note(UUID.randomUUID(), track, 40 + random.nextInt(40), random.nextInt(32) * 240L,
                        240L * (1 + random.nextInt(4)), 1 + random.nextInt(127));
                ids.add(added.id());
                return new EditOp.AddNotes(List.of(added));
            }
            UUID id = ids.get(random.nextInt(ids.size()));
            return random.nextInt(4) == 0 ? new EditOp.DeleteNotes(List.of(id))
                    : new EditOp.UpdateNotes(List.of(new NoteChange(id, null, 40 + random.nextInt(40),
                            random.nextBoolean() ? random.nextInt(32) * 240L : null, null, null)));
        }
    }
}
