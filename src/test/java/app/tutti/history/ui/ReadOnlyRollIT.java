package app.tutti.history.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.tutti.base.domain.ProjectId;
import app.tutti.composition.domain.EditOp;
import app.tutti.composition.domain.Note;
import app.tutti.composition.domain.NoteChange;
import app.tutti.composition.service.ProjectService;
import app.tutti.history.service.HistoryScenario;
import app.tutti.history.service.VersionService;
import app.tutti.sharing.domain.ProjectRole;
import app.tutti.testsupport.Browser;
import app.tutti.testsupport.BrowserTest;
import app.tutti.testsupport.RollDriver;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In real Chromium: read-only rolls (who wrote what, a past version, a viewer's editor) let people
 * select notes by click and rubber band, tell a note's story, and refuse every edit.
 */
class ReadOnlyRollIT extends BrowserTest {

    private static final String ROLL = RollDriver.ROLL;

    @Autowired
    HistoryScenario scenario;
    @Autowired
    VersionService versions;
    @Autowired
    ProjectService projects;

    HistoryScenario.Song song;
    ProjectId project;
    final List<Note> anas = new ArrayList<>();
    HistoryScenario.AiNotes ai;
    Note bensLow;
    Note bensHigh;
    Page page;
    RollDriver roll;
    final List<String> pageErrors = new CopyOnWriteArrayList<>();

    @BeforeEach
    void a_song_by_ana_ben_and_an_accepted_ai_generation() {
        song = scenario.start();
        project = song.project();
        for (int i = 0; i < 8; i++) {
            anas.add(HistoryScenario.note(song.track(), 60 + i, 480L * i));
        }
        scenario.add(project, anas.toArray(Note[]::new));
        scenario.as(song.ben());
        bensLow = HistoryScenario.note(song.track(), 48, 0);
        bensHigh = HistoryScenario.note(song.track(), 50, 960);
        scenario.add(project, bensLow, bensHigh);
        scenario.submit(project, new EditOp.UpdateNotes(List.of(new NoteChange(anas.getFirst().id(), null, 59, null,
                null, null))));
        ai = scenario.acceptAi(project, song.track(), song.ana(), song.ben(), 3);
        page = browser.newPage(1280, 860);
        page.onPageError(pageErrors::add);
        roll = new RollDriver(page);
    }

    @AfterEach
    void closePage() {
        page.close();
        assertThat(pageErrors).isEmpty();
    }

    @Test
    void in_who_wrote_what_clicking_notes_of_any_author_tells_each_ones_story() {
        logIn(page, song.ana());
        openAuthors();
        Note anasSecond = anas.get(1);
        roll.click(anasSecond.start() + 100, anasSecond.pitch());
        assertThat(roll.selectedIds()).containsExactly(anasSecond.id().toString());
        assertThat(page.locator("#note-story")).containsText("created by Ana");
        assertThat(page.locator("#note-story")).not().containsText("changed");

        // From one selected note to another: the story follows.
        roll.click(anas.getFirst().start() + 100, 59);
        assertThat(roll.selectedIds()).containsExactly(anas.getFirst().id().toString());
        assertThat(page.locator("#note-story")).containsText("changed pitch → 59 by Ben");

        Note aiNote = ai.notes().getFirst();
        roll.click(aiNote.start() + aiNote.duration() / 2, aiNote.pitch());
        assertThat(roll.selectedIds()).containsExactly(aiNote.id().toString());
        assertThat(page.locator("#note-story")).containsText("requested by Ana, accepted by Ben");

        roll.click(bensHigh.start() + 100, bensHigh.pitch());
        assertThat(roll.selectedIds()).containsExactly(bensHigh.id().toString());
        assertThat(page.locator("#note-story")).containsText("created by Ben");

        page.keyboard().press("Escape");
        assertThat(page.locator("#note-story")).hasText(AuthorsView.PROMPT);
    }

    @Test
    void in_who_wrote_what_pointing_at_a_note_tells_its_story_in_a_tooltip() {
        logIn(page, song.ana());
        openAuthors();
        Note aiNote = ai.notes().getFirst();
        roll.hover(aiNote.start() + aiNote.duration() / 2, aiNote.pitch());
        assertThat(page.locator(ROLL + " #roll-tip")).containsText("requested by Ana, accepted by Ben");
        Browser.screenshot(page, "authors-note-tooltip");

        roll.hover(anas.getFirst().start() + 100, 59);
        assertThat(page.locator(ROLL + " #roll-tip")).containsText("changed pitch → 59 by Ben");
        assertThat(page.locator(ROLL + " #roll-tip")).not().containsText("accepted by");
        assertThat(roll.selectedIds()).isEmpty();

        roll.hover(7000, 90);
        assertThat(page.locator(ROLL + " #roll-tip")).hasCount(0);
    }

    @Test
    void in_who_wrote_what_a_rubber_band_selects_the_notes_of_every_author_inside_it() {
        logIn(page, song.ana());
        openAuthors();
        // Ana's first four notes (pitches 60-63 from tick 0) and both of Ben's (48 at 0, 50 at 960).
        roll.drag(1900, 64, 10, 47);
        assertThat(roll.selectedIds()).containsExactlyInAnyOrder(anas.get(0).id().toString(),
                anas.get(1).id().toString(), anas.get(2).id().toString(), anas.get(3).id().toString(),
                bensLow.id().toString(), bensHigh.id().toString());
    }

    @Test
    void a_version_opened_read_only_selects_by_click_and_rubber_band() {
        logIn(page, song.ana());
        scenario.as(song.ana());
        var version = versions.save(project, "Draft");
        page.navigate(url("/projects/" + project + "/versions/" + version.version().id()));
        roll.ready();
        page.waitForFunction("() => document.querySelector('" + ROLL + "').noteCount === 13");
        roll.click(anas.get(2).start() + 100, anas.get(2).pitch());
        assertThat(roll.selectedIds()).containsExactly(anas.get(2).id().toString());
        roll.drag(1900, 64, 10, 59);
        assertThat(roll.selectedIds()).hasSize(4);
    }

    @Test
    void a_viewer_selects_notes_in_the_editor_but_cannot_change_them() {
        scenario.as(song.ana());
        String viewer = scenario.member(project, "viewer", ProjectRole.VIEWER);
        long headBefore = head();
        logIn(page, viewer);
        page.navigate(url("/projects/" + project));
        roll.ready();
        page.waitForFunction("() => document.querySelector('" + ROLL + "').noteCount === 13");
        refusesEveryEdit();
        assertThat(head()).isEqualTo(headBefore);
    }

    @Test
    void who_wrote_what_refuses_every_edit() {
        logIn(page, song.ana());
        openAuthors();
        long headBefore = head();
        refusesEveryEdit();

        // Even an edit forged in the browser is answered: refused, and the roll takes it back.
        page.evaluate("id => document.querySelector('" + ROLL + "').$server.submit({clientOpId: crypto.randomUUID(),"
                + " baseSeq: 0, op: {type: 'DeleteNotes', ids: [id]}})", anas.get(2).id().toString());
        assertThat(page.locator(ROLL + " #toast")).containsText("You can view this roll but not edit it");
        assertThat(head()).isEqualTo(headBefore);
    }

    /** Tries every way to edit; the notes stay as they were and nothing is sent to the server. */
    private void refusesEveryEdit() {
        page.evaluate("() => { const el = document.querySelector('" + ROLL + "'); window.sent = 0;"
                + " const server = el.$server; const submit = server.submit.bind(server);"
                + " server.submit = (...args) => { window.sent++; return submit(...args); }; }");
        List<Map<String, Object>> before = roll.notes();
        Note grabbed = anas.get(4);
        roll.click(grabbed.start() + 100, grabbed.pitch());
        assertThat(roll.selectedIds()).containsExactly(grabbed.id().toString());
        roll.drag(grabbed.start() + 100, grabbed.pitch(), grabbed.start() + 1000, grabbed.pitch() + 3);
        roll.drag(grabbed.start() + grabbed.duration() - 1, grabbed.pitch(), grabbed.start() + 1500,
                grabbed.pitch());
        roll.click(grabbed.start() + 100, grabbed.pitch());
        for (String key : List.of("Delete", "Backspace", "ArrowUp", "ArrowRight", "Shift+ArrowDown", "Control+x",
                "Control+d", "Control+v", "q", "Control+z", "Control+y")) {
            page.keyboard().press(key);
        }
        page.keyboard().press("p");
        roll.click(7000, 90);
        assertThat(roll.notes()).containsExactlyInAnyOrderElementsOf(before);
        assertThat((Number) page.evaluate("() => window.sent")).isEqualTo(0);
        assertThat((Number) page.evaluate("() => document.querySelector('" + ROLL + "').pendingCount"))
                .isEqualTo(0);
    }

    private long head() {
        scenario.as(song.ana());
        return projects.get(project).project().headSeq();
    }

    private void openAuthors() {
        page.navigate(url("/projects/" + project + "/authors"));
        roll.ready();
        page.waitForFunction("() => document.querySelector('" + ROLL + "').noteCount === 13");
    }
}
