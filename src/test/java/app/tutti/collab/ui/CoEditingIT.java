package app.tutti.collab.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.tutti.base.domain.ProjectId;
import app.tutti.collab.domain.OpLogEntry;
import app.tutti.collab.domain.OpLogRepository;
import app.tutti.collab.service.EditSessionService;
import app.tutti.composition.domain.EditOp;
import app.tutti.composition.domain.Note;
import app.tutti.composition.domain.ProjectDetails;
import app.tutti.composition.service.ProjectService;
import app.tutti.sharing.domain.ProjectRole;
import app.tutti.sharing.service.SharingService;
import app.tutti.testsupport.Browser;
import app.tutti.testsupport.BrowserTest;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two people in two real Chromium contexts edit the same note: per-user undo after the other's
 * edit, and edits made offline that land exactly once after the connection comes back.
 */
class CoEditingIT extends BrowserTest {

    private static final String ROLL = "tutti-piano-roll";

    @Autowired
    ProjectService projects;
    @Autowired
    EditSessionService edits;
    @Autowired
    SharingService sharing;
    @Autowired
    OpLogRepository opLog;

    String alice;
    String bob;
    ProjectId project;
    UUID noteId = UUID.randomUUID();
    Page alicePage;
    Page bobPage;

    @BeforeEach
    void aliceSharesANoteWithBob() {
        alice = users.register("alice");
        bob = users.register("bob");
        users.logIn(alice);
        project = projects.create(ProjectDetails.untitled());
        UUID track = projects.tracksOf(project).getFirst().id();
        sharing.add(project, bob, ProjectRole.EDITOR);
        edits.submit(project, UUID.randomUUID(), 0,
                new EditOp.AddNotes(List.of(new Note(noteId, track, 60, 960, 480, 90))));
        alicePage = open(alice);
        bobPage = open(bob);
    }

    @AfterEach
    void closePages() {
        alicePage.context().close();
        bobPage.context().close();
    }

    private Page open(String username) {
        Page page = browser.newPage(1280, 800);
        logIn(page, username);
        page.navigate(url("/projects/" + project));
        assertThat(page.locator(ROLL + "[data-ready]")).isVisible();
        return page;
    }

    /** Selects the note and presses a key on the roll, the way a user edits it. */
    private void press(Page page, String key) {
        page.evaluate("id => document.querySelector('" + ROLL + "').showNote(id)", noteId.toString());
        page.locator(ROLL).focus();
        page.keyboard().press(key);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> note(Page page) {
        return (Map<String, Object>) page.evaluate("id => document.querySelector('" + ROLL
                + "').notes.find(n => n.id === id)", noteId.toString());
    }

    private void awaitNote(Page page, int pitch, long start) {
        page.waitForFunction("a => { const n = document.querySelector('" + ROLL
                + "').notes.find(n => n.id === a[0]); return n && n.pitch === a[1] && n.start === a[2]; }",
                List.of(noteId.toString(), pitch, (int) start));
    }

    private static void awaitAcknowledged(Page page) {
        page.waitForFunction("() => document.querySelector('" + ROLL + "').pendingCount === 0");
    }

    private Note onServer() {
        users.logIn(alice);
        return edits.open(project).document().get(noteId);
    }

    @Test
    void undo_takes_back_only_my_own_field_after_someone_else_moved_the_same_note() {
        press(alicePage, "ArrowUp");
        awaitAcknowledged(alicePage);
        awaitNote(bobPage, 61, 960);

        press(bobPage, "ArrowRight");
        awaitAcknowledged(bobPage);
        long moved = ((Number) note(bobPage).get("start")).longValue();
        assertThat(moved).isGreaterThan(960);
        awaitNote(alicePage, 61, moved);

        alicePage.locator(ROLL).focus();
        alicePage.keyboard().press("Control+z");
        awaitAcknowledged(alicePage);

        awaitNote(alicePage, 60, moved);
        awaitNote(bobPage, 60, moved);
        assertThat(onServer().pitch()).isEqualTo(60);
        assertThat(onServer().start()).isEqualTo(moved);
        Browser.screenshot(alicePage, "co-editing-undo");
    }

    @Test
    void edits_made_offline_land_once_after_reconnecting_and_merge_with_the_others() {
        long headBefore = opLog.findHeadSeq(project);
        bobPage.context().setOffline(true);
        press(bobPage, "ArrowUp");
        press(bobPage, "ArrowUp");
        assertThat(bobPage.locator(ROLL + " #reconnecting")).isVisible();
        assertThat(bobPage.locator(ROLL + " #reconnecting")).containsText("waiting");
        Browser.screenshot(bobPage, "co-editing-reconnecting");

        press(alicePage, "ArrowRight");
        awaitAcknowledged(alicePage);
        long moved = ((Number) note(alicePage).get("start")).longValue();

        bobPage.context().setOffline(false);
        awaitAcknowledged(bobPage);
        assertThat(bobPage.locator(ROLL + " #reconnecting")).isHidden();

        awaitNote(bobPage, 62, moved);
        awaitNote(alicePage, 62, moved);
        List<OpLogEntry> after = opLog.findByProjectIdAfterSeqOrderBySeq(project, headBefore);
        assertThat(after).hasSize(3);
        assertThat(after.stream().map(OpLogEntry::clientOpId).distinct()).hasSize(3);
        assertThat(onServer().pitch()).isEqualTo(62);
        assertThat(onServer().start()).isEqualTo(moved);
    }

    @Test
    void each_sees_the_other_here_with_their_selection_and_a_live_drag_and_can_follow_them() {
        assertThat(alicePage.locator("#presence .tutti-avatar")).hasCount(1);
        assertThat(bobPage.locator("#presence .tutti-avatar")).hasCount(1);
        assertThat(alicePage.locator("#presence .tutti-avatar")).hasAttribute("data-name",
                java.util.regex.Pattern.compile("bob", java.util.regex.Pattern.CASE_INSENSITIVE));

        alicePage.evaluate("id => document.querySelector('" + ROLL + "').showNote(id)", noteId.toString());
        bobPage.waitForFunction("id => document.querySelector('" + ROLL
                + "').others.some(p => p.selection.includes(id))", noteId.toString());

        Map<String, Double> from = point(alicePage, 1200, 60);
        Map<String, Double> to = point(alicePage, 1200, 64);
        alicePage.mouse().move(from.get("x"), from.get("y"));
        alicePage.mouse().down();
        alicePage.mouse().move(to.get("x"), to.get("y"), new com.microsoft.playwright.Mouse.MoveOptions().setSteps(6));
        bobPage.waitForFunction("id => document.querySelector('" + ROLL
                + "').others.some(p => p.dragging.some(n => n.id === id && n.pitch === 64))", noteId.toString());
        Browser.screenshot(bobPage, "presence-live-drag");
        alicePage.mouse().up();
        bobPage.waitForFunction("id => document.querySelector('" + ROLL
                + "').others.every(p => p.dragging.length === 0)", noteId.toString());
        awaitNote(bobPage, 64, 960);

        bobPage.locator("#presence .tutti-avatar").click();
        assertThat(bobPage.locator("#presence .tutti-avatar.following")).hasCount(1);
        alicePage.mouse().move(from.get("x"), from.get("y"));
        alicePage.mouse().wheel(0, 600);
        alicePage.keyboard().down("Shift");
        alicePage.mouse().wheel(0, 900);
        alicePage.keyboard().up("Shift");
        double aliceX = point(alicePage, 0, 60).get("x");
        bobPage.waitForFunction("x => Math.abs(document.querySelector('" + ROLL
                + "').clientPoint(0, 60).x - x) < 1", aliceX);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Double> point(Page page, int tick, int pitch) {
        Map<String, Object> p = (Map<String, Object>) page.evaluate(
                "([t, p]) => document.querySelector('" + ROLL + "').clientPoint(t, p)", List.of(tick, pitch));
        return Map.of("x", ((Number) p.get("x")).doubleValue(), "y", ((Number) p.get("y")).doubleValue());
    }
}
