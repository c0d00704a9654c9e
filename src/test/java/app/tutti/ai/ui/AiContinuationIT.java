package app.tutti.ai.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.tutti.ai.domain.Generation;
import app.tutti.ai.domain.GenerationStatus;
import app.tutti.ai.service.ContinuationService;
import app.tutti.base.domain.ProjectId;
import app.tutti.collab.service.EditSessionService;
import app.tutti.composition.domain.Note;
import app.tutti.history.service.HistoryScenario;
import app.tutti.testsupport.Browser;
import app.tutti.testsupport.BrowserTest;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In real Chromium with the shipped model: select bars, Continue, ghost notes with their
 * provenance, accept (they stay after a reload, credited to the model and the user) or reject with Esc.
 */
class AiContinuationIT extends BrowserTest {

    private static final String ROLL = "tutti-piano-roll";
    private static final String ROLL_JS = "document.querySelector('" + ROLL + "')";
    /** For screenshots: no dialog still fading in. */
    private static final String ANIMATIONS_DONE = "() => document.getAnimations({subtree: true}).every(a =>"
            + " a.playState !== 'running' || a.effect.getTiming().iterations === Infinity)";

    @Autowired
    HistoryScenario scenario;
    @Autowired
    EditSessionService edits;
    @Autowired
    ContinuationService continuations;

    HistoryScenario.Song song;
    ProjectId project;
    Page page;

    @BeforeEach
    void four_bars_of_melody_by_ana() {
        song = scenario.start();
        project = song.project();
        List<Note> melody = new ArrayList<>();
        int[] tune = {60, 62, 64, 65, 67, 65, 64, 62};
        for (int i = 0; i < 16; i++) {
            melody.add(HistoryScenario.note(song.track(), tune[i % tune.length], 480L * i));
        }
        scenario.add(project, melody.toArray(Note[]::new));
        page = browser.newPage(1280, 860);
        logIn(page, song.ana());
        page.navigate(url("/projects/" + project));
        page.locator(ROLL + "[data-ready]").waitFor();
    }

    @AfterEach
    void closePage() {
        page.close();
    }

    private int askForAContinuationOfTheSelection() {
        page.locator(ROLL).focus();
        page.keyboard().press("Control+a");
        page.waitForFunction("() => " + ROLL_JS + ".selectedIds.length === 16");
        page.locator("#ai-continue").click();
        assertThat(page.locator("#continue-start")).isVisible();
        page.waitForFunction(ANIMATIONS_DONE);
        Browser.screenshot(page, "ai-continue-dialog");
        page.locator("#continue-start").click();
        page.waitForFunction("() => " + ROLL_JS + ".ghostNotes.length > 0");
        return ((Number) page.evaluate("() => " + ROLL_JS + ".ghostNotes.length")).intValue();
    }

    /**
     * Regenerates until the proposal has training excerpts to show (a few notes, or only stock
     * figures such as scale runs, resemble nothing: docs/provenance.md); the panel always says which.
     */
    private int askUntilTheProposalHasSources() {
        int proposed = askForAContinuationOfTheSelection();
        for (int tries = 1; tries < 6; tries++) {
            assertThat(page.locator("#ai-provenance")).containsText(Pattern.compile("Closest to|No training music"));
            if (page.locator("#ai-provenance").textContent().contains("Closest to")) {
                break;
            }
            String before = page.locator("#ai-status").textContent();
            page.locator("#ai-regenerate").click();
            page.waitForFunction("before => { const now = document.querySelector('#ai-status').textContent;"
                    + " return now !== before && now.includes('proposed'); }", before);
            proposed = ((Number) page.evaluate("() => " + ROLL_JS + ".ghostNotes.length")).intValue();
        }
        return proposed;
    }

    @Test
    void accepted_ghost_notes_become_notes_credited_to_the_model_and_the_user_and_survive_a_reload() {
        int proposed = askUntilTheProposalHasSources();
        assertThat(page.locator("#ai-provenance")).containsText("Closest to");
        assertThat(page.locator("#ai-provenance")).containsText("% similar");
        assertThat((Boolean) page.evaluate("() => " + ROLL_JS + ".ghostNotes.every(n => n.start >= 4 * 1920)"))
                .isTrue();
        assertThat(((Number) page.evaluate("() => " + ROLL_JS + ".noteCount")).intValue()).isEqualTo(16);
        page.waitForFunction(ANIMATIONS_DONE);
        Browser.screenshot(page, "ai-ghost-notes");

        page.locator("#ai-accept-all").click();
        page.waitForFunction("() => " + ROLL_JS + ".noteCount === " + (16 + proposed)
                + " && " + ROLL_JS + ".ghostNotes.length === 0");

        page.reload();
        page.locator(ROLL + "[data-ready]").waitFor();
        page.waitForFunction("() => " + ROLL_JS + ".noteCount === " + (16 + proposed));
        page.locator("#credits-button").click();
        assertThat(page.locator("#credits-ai")).containsText("AI (tutti-music-transformer");
        page.locator("#show-authors").click();
        assertThat(page.locator("#authors-legend")).containsText("requested by Ana, accepted by Ana (" + proposed + ")");
        scenario.as(song.ana());
        Generation generation = continuations.history(project).getFirst();
        assertThat(generation.status()).isEqualTo(GenerationStatus.ACCEPTED);
        assertThat(generation.acceptedBy()).isEqualTo(song.anaId());
    }

    @Test
    void esc_rejects_the_ghost_notes_and_the_project_stays_as_it_was() {
        askForAContinuationOfTheSelection();

        page.locator(ROLL).focus();
        page.keyboard().press("Escape");

        page.waitForFunction("() => " + ROLL_JS + ".ghostNotes.length === 0");
        assertThat(page.locator("#ai-proposal")).not().isVisible();
        assertThat(((Number) page.evaluate("() => " + ROLL_JS + ".noteCount")).intValue()).isEqualTo(16);
        assertThat(edits.open(project).document().notes()).hasSize(16);
        scenario.as(song.ana());
        assertThat(continuations.history(project).getFirst().status()).isEqualTo(GenerationStatus.REJECTED);
    }
}
