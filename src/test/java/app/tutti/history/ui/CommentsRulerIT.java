package app.tutti.history.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.tutti.base.domain.ProjectId;
import app.tutti.history.service.CommentService;
import app.tutti.history.service.HistoryScenario;
import app.tutti.testsupport.Browser;
import app.tutti.testsupport.BrowserTest;
import app.tutti.testsupport.RollDriver;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In real Chromium: an open comment is a mark over its bars in the roll's ruler, for everyone with
 * the editor open; clicking the mark opens its thread; resolving it takes the mark away.
 */
class CommentsRulerIT extends BrowserTest {

    private static final String ROLL = RollDriver.ROLL;

    @Autowired
    HistoryScenario scenario;
    @Autowired
    CommentService comments;

    HistoryScenario.Song song;
    ProjectId project;
    Page ana;
    Page ben;
    final List<String> pageErrors = new CopyOnWriteArrayList<>();

    @BeforeEach
    void ana_and_ben_have_the_editor_open() {
        song = scenario.start();
        project = song.project();
        scenario.add(project, HistoryScenario.note(song.track(), 60, 0), HistoryScenario.note(song.track(), 64, 4000));
        ana = openEditorAs(song.ana());
        ben = openEditorAs(song.ben());
    }

    private Page openEditorAs(String username) {
        Page page = browser.newPage(1280, 800);
        page.onPageError(pageErrors::add);
        logIn(page, username);
        page.navigate(url("/projects/" + project));
        new RollDriver(page).ready();
        return page;
    }

    @AfterEach
    void closePages() {
        ana.close();
        ben.close();
        assertThat(pageErrors).isEmpty();
    }

    @Test
    void a_comment_on_bars_3_to_4_is_marked_in_the_ruler_opens_from_it_and_goes_when_resolved() {
        RollDriver anasRoll = new RollDriver(ana);
        RollDriver bensRoll = new RollDriver(ben);
        ana.locator("#comments-button").click();
        ana.locator("#comment-first-bar input").fill("3");
        ana.locator("#comment-last-bar input").fill("4");
        ana.locator("#comment-body textarea").fill("Try a suspension here");
        ana.locator("#post-comment").click();

        for (Page page : List.of(ana, ben)) {
            page.waitForFunction("() => document.querySelector('" + ROLL + "').rulerMarks.length === 1");
            assertThat(page.evaluate("() => { const m = document.querySelector('" + ROLL + "').rulerMarks[0];"
                    + " return [m.firstBar, m.lastBar]; }")).isEqualTo(List.of(3, 4));
        }
        scenario.as(song.ana());
        String id = comments.threads(project).getFirst().comment().id().toString();
        // Drawn over bars 3 and 4 (ticks 3840 to 7680 in 4/4 at 480 per quarter), not over bars 2 or 5.
        RollDriver.Point bar3 = anasRoll.markPoint(id);
        double barWidth = anasRoll.at(1920, 60).x() - anasRoll.at(0, 60).x();
        anasRoll.waitForAmber(bar3, true);
        anasRoll.waitForAmber(new RollDriver.Point(bar3.x() + barWidth, bar3.y()), true);
        anasRoll.waitForAmber(new RollDriver.Point(bar3.x() - barWidth, bar3.y()), false);
        anasRoll.waitForAmber(new RollDriver.Point(bar3.x() + 2 * barWidth, bar3.y()), false);
        bensRoll.waitForAmber(bensRoll.markPoint(id), true);

        ana.mouse().move(bar3.x(), bar3.y(), new com.microsoft.playwright.Mouse.MoveOptions().setSteps(4));
        assertThat(ana.locator(ROLL + " #roll-tip")).containsText("Bars 3–4 · Ana: Try a suspension here");
        Browser.screenshot(ana, "comments-ruler");

        // Ben clicks the mark: his comments panel opens on that thread, and the playhead stays put.
        RollDriver.Point bensMark = bensRoll.markPoint(id);
        ben.mouse().click(bensMark.x(), bensMark.y());
        assertThat(ben.locator("#comment-" + id + "[focused]")).containsText("Try a suspension here");
        assertThat(ben.locator("#comment-" + id)).isInViewport();
        // The panel fades in: wait for that, not for endless animations (a spinner), before the screenshot.
        ben.waitForFunction("() => document.getAnimations().every(a => a.playState !== 'running'"
                + " || a.effect?.getTiming().iterations === Infinity)");
        assertThat(ben.evaluate("() => document.querySelector('" + ROLL + "').playheadTick")).isEqualTo(0);
        Browser.screenshot(ben, "comments-ruler-opened");

        ben.locator("#comment-" + id + " vaadin-button:has-text('Resolve')").click();
        for (Page page : List.of(ana, ben)) {
            page.waitForFunction("() => document.querySelector('" + ROLL + "').rulerMarks.length === 0");
        }
        anasRoll.waitForAmber(bar3, false);
        assertThat(ana.locator("#comment-" + id)).containsText("resolved by Ben");
    }
}
