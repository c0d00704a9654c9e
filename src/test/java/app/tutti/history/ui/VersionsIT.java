package app.tutti.history.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.tutti.ai.service.ModelFiles;
import app.tutti.base.domain.ProjectId;
import app.tutti.collab.service.EditSessionService;
import app.tutti.composition.domain.EditOp;
import app.tutti.composition.domain.Note;
import app.tutti.history.service.HistoryScenario;
import app.tutti.testsupport.Browser;
import app.tutti.testsupport.BrowserTest;
import app.tutti.testsupport.RollDriver;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** In real Chromium: save a version, edit, compare with the version, restore it; the credits panel and who wrote what. */
class VersionsIT extends BrowserTest {

    private static final String ROLL = "tutti-piano-roll";

    @Autowired
    HistoryScenario scenario;
    @Autowired
    EditSessionService edits;
    @Autowired
    ModelFiles model;

    HistoryScenario.Song song;
    ProjectId project;
    List<Note> original = new ArrayList<>();
    Page page;

    @BeforeEach
    void a_project_with_eight_notes_by_ana() {
        song = scenario.start();
        project = song.project();
        for (int i = 0; i < 8; i++) {
            original.add(HistoryScenario.note(song.track(), 60 + i, 480L * i));
        }
        scenario.add(project, original.toArray(Note[]::new));
        page = browser.newPage(1280, 860);
        logIn(page, song.ana());
    }

    @AfterEach
    void closePage() {
        page.close();
    }

    @Test
    void save_a_version_edit_compare_and_restore() {
        openEditor();
        page.locator("#versions-button").click();
        page.locator("#version-name input").fill("Theme");
        page.locator("#save-version").click();
        assertThat(page.locator("#version-grid")).containsText("v1 · Theme");
        page.keyboard().press("Escape");

        page.locator(ROLL).focus();
        page.keyboard().press("Control+a");
        page.keyboard().press("ArrowUp");
        page.waitForFunction("() => { const el = document.querySelector('" + ROLL + "');"
                + " return el.pendingCount === 0 && el.notes.every(n => n.pitch >= 61); }");
        assertThat(edits.open(project).document().notes()).allSatisfy(n -> assertThat(n.pitch()).isGreaterThan(60));

        page.locator("#versions-button").click();
        page.locator("#compare-now-v1").click();
        assertThat(page.locator("#diff-counts")).hasText("0 added · 0 removed · 8 changed");
        assertThat(page.locator("#diff-list")).containsText("pitch C4 → C♯4");
        page.locator("#diff-next").click();
        page.waitForFunction("() => document.querySelector('" + ROLL + "').selectedIds.length === 1");
        Browser.screenshot(page, "history-compare");

        page.locator("text=Back to the editor").click();
        page.locator(ROLL + "[data-ready]").waitFor();
        page.locator("#versions-button").click();
        page.locator("#restore-v1").click();
        assertThat(page.locator("#version-grid")).containsText("Before restoring v1 · Theme");
        page.keyboard().press("Escape");
        page.waitForFunction("() => document.querySelector('" + ROLL + "').notes.every(n => n.pitch <= 67)"
                + " && document.querySelector('" + ROLL + "').notes.some(n => n.pitch === 60)");

        assertThat(new HashSet<>(edits.open(project).document().notes())).isEqualTo(new HashSet<>(original));
    }

    @Test
    void the_credits_panel_lists_people_and_the_ai_apart_with_the_share_definition() {
        String ai = "AI (" + model.identity().name() + " " + model.identity().version() + ")";
        scenario.as(song.ben());
        scenario.add(project, HistoryScenario.note(song.track(), 48, 0), HistoryScenario.note(song.track(), 50, 960));
        scenario.acceptAi(project, song.track(), song.ana(), song.ben(), 3);
        scenario.submit(project, new EditOp.UpdateNotes(List.of(new app.tutti.composition.domain.NoteChange(
                original.getFirst().id(), null, 59, null, null, null))));
        openEditor();

        page.locator("#credits-button").click();
        assertThat(page.locator("#credits-people")).containsText("Ana");
        assertThat(page.locator("#credits-people")).containsText("61.5 %");
        assertThat(page.locator("#credits-ai")).containsText(ai);
        assertThat(page.locator("#credits-ai-share")).containsText("23.1 %");
        assertThat(page.locator("#credits-definition")).containsText("divided by all notes");
        Browser.screenshot(page, "credits-panel");

        page.locator("#show-authors").click();
        assertThat(page.locator("#authors-legend")).containsText("Ana (8)");
        assertThat(page.locator("#authors-legend")).containsText(ai + ", requested by Ana, accepted by Ben (3)");
        page.waitForFunction("() => document.querySelector('" + ROLL + "').noteCount === 13");
        Note changed = original.getFirst();
        RollDriver roll = new RollDriver(page).ready();
        roll.click(changed.start() + 100, 59);
        assertThat(page.locator("#note-story")).containsText("created by Ana");
        assertThat(page.locator("#note-story")).containsText("pitch → 59 by Ben");
        // A rubber band in this read-only roll: Ana's first four notes (59, 61-63) and Ben's two (48, 50).
        roll.drag(1900, 64, 10, 47);
        assertThat(roll.selectedIds()).hasSize(6);
        assertThat(page.locator("#note-story")).containsText("Select a note");
        Browser.screenshot(page, "authors-view");
    }

    private void openEditor() {
        page.navigate(url("/projects/" + project));
        page.locator(ROLL + "[data-ready]").waitFor();
    }
}
