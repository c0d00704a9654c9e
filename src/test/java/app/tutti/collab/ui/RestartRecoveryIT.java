package app.tutti.collab.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.tutti.account.service.AccountService;
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
import app.tutti.testsupport.AppNode;
import app.tutti.testsupport.AppNodeProcess;
import app.tutti.testsupport.Browser;
import app.tutti.testsupport.RequiresChromium;
import app.tutti.testsupport.RequiresPostgres;
import app.tutti.testsupport.TestUsers;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A real node process killed with {@code kill -9} while a real Chromium holds edits it never got
 * acknowledged: after the node is back, the page reloads (the session died with the node), the
 * user signs in again, and the edits kept in the browser's storage are sent again with their
 * original client op ids. Each lands exactly once; every edit acknowledged before the kill is in
 * the log with its number; the server checks each again (a member made viewer meanwhile is
 * refused, an edit of a note deleted meanwhile is dropped), always with a message. A second node
 * in this JVM on the same PostgreSQL sets up users and projects and reads the log.
 */
@RequiresPostgres
@RequiresChromium
class RestartRecoveryIT {

    private static final String ROLL = "tutti-piano-roll";

    static AppNode admin;
    static AppNodeProcess node;
    static Browser browser;

    String alice;
    String bob;
    ProjectId project;
    UUID track;
    final UUID noteId = UUID.randomUUID();
    final List<String> pageErrors = new ArrayList<>();
    Page page;

    @BeforeAll
    static void start() {
        admin = AppNode.start("restart-admin");
        node = AppNodeProcess.start("restart-node");
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (node != null) {
            node.close();
        }
        if (admin != null) {
            admin.close();
        }
    }

    @BeforeEach
    void aliceSharesANoteWithBob() {
        if (!node.isAlive()) {
            node.restart(); // an earlier test failed while it was down
        }
        TestUsers users = admin.bean(TestUsers.class);
        bob = users.register("bob");
        alice = users.register("alice");
        users.logIn(alice);
        project = admin.bean(ProjectService.class).create(ProjectDetails.untitled());
        track = admin.bean(ProjectService.class).tracksOf(project).getFirst().id();
        admin.bean(SharingService.class).add(project, bob, ProjectRole.EDITOR);
        admin.bean(EditSessionService.class).submit(project, UUID.randomUUID(), 0,
                new EditOp.AddNotes(List.of(new Note(noteId, track, 60, 960, 480, 90))));
        page = openAs(bob);
    }

    @AfterEach
    void closePage() {
        page.context().close();
        admin.bean(TestUsers.class).logOut();
        assertThat(pageErrors).isEmpty();
    }

    private Page openAs(String username) {
        Page opened = browser.newPage(1280, 800);
        opened.onPageError(pageErrors::add);
        Browser.logIn(opened, node.url(""), username);
        opened.navigate(node.url("/projects/" + project));
        if (opened.url().contains("/login")) {
            // The first login to a node process that has just started sometimes does not stick
            // (seen 2 runs in 5 since 2026-11-26, cause not found yet): sign in once more.
            Browser.logIn(opened, node.url(""), username);
            opened.navigate(node.url("/projects/" + project));
        }
        Browser.waitForRollOnAFreshNode(opened);
        // Records every op the page sends and every acknowledgement it gets, until the page reloads.
        opened.evaluate("() => { const el = document.querySelector('" + ROLL + "'); window.sent = [];"
                + " window.acked = {}; const submit = el.$server.submit;"
                + " el.$server.submit = function (p) { window.sent.push(p.clientOpId); return submit.call(this, p); };"
                + " const ack = el.acknowledge.bind(el);"
                + " el.acknowledge = (id, seq, op) => { window.acked[id] = seq; ack(id, seq, op); }; }");
        return opened;
    }

    /** Selects the note and presses a key on the roll, as a user edits it. */
    private void press(String key) {
        page.evaluate("id => document.querySelector('" + ROLL + "').showNote(id)", noteId.toString());
        page.locator(ROLL).focus();
        page.keyboard().press(key);
    }

    private int pendingCount() {
        return ((Number) page.evaluate("() => document.querySelector('" + ROLL + "').pendingCount")).intValue();
    }

    @SuppressWarnings("unchecked")
    private List<String> stored() {
        return (List<String>) page.evaluate("() => Object.keys(localStorage).filter(k => k.startsWith('tutti.pending.'))"
                + ".flatMap(k => JSON.parse(localStorage.getItem(k)).map(p => p.clientOpId))");
    }

    private void killNode() {
        assertThat(node.kill()).as("killed by SIGKILL").isEqualTo(137);
    }

    /** The roll noticed the server is gone (at the first edit it could not send) and keeps the edits. */
    private void assertWaiting(int edits) {
        assertThat(page.locator(ROLL + " #reconnecting")).containsText(edits + " edit" + (edits == 1 ? "" : "s")
                + " waiting");
    }

    /** Brings the node back; the page finds its session gone and reloads; the user signs in again. */
    private void restartAndSignInAgain(String username) {
        node.restart();
        page.waitForURL(address -> address.contains("/login"));
        Browser.logIn(page, node.url(""), username);
        page.navigate(node.url("/projects/" + project));
        Browser.waitForRollOnAFreshNode(page);
    }

    private List<OpLogEntry> logAfterSetup() {
        return admin.bean(OpLogRepository.class).findByProjectIdAfterSeqOrderBySeq(project, 1);
    }

    private int pitchOnServer() {
        admin.bean(TestUsers.class).logIn(alice);
        return admin.bean(EditSessionService.class).open(project).document().get(noteId).pitch();
    }

    @Test
    @SuppressWarnings("unchecked")
    void edits_pending_when_the_node_is_killed_land_exactly_once_after_it_restarts() {
        for (int i = 0; i < 4; i++) {
            press("ArrowUp");
        }
        page.waitForFunction("() => document.querySelector('" + ROLL + "').pendingCount === 0");
        press("ArrowUp");
        press("ArrowUp");
        killNode();
        press("ArrowUp");
        press("ArrowUp");
        press("ArrowUp");
        assertThat(page.locator(ROLL + " #reconnecting")).containsText("waiting");
        page.waitForFunction("() => document.querySelector('" + ROLL + "').pendingCount >= 3");
        Browser.screenshot(page, "restart-edits-waiting");

        // One read, so an acknowledgement handled in between cannot make the numbers disagree.
        Map<String, Object> before = (Map<String, Object>) page.evaluate("() => ({sent: [...new Set(window.sent)],"
                + " acked: window.acked, pending: document.querySelector('" + ROLL + "').pendingCount})");
        List<String> sent = (List<String>) before.get("sent");
        Map<String, Number> acked = (Map<String, Number>) before.get("acked");
        int pending = ((Number) before.get("pending")).intValue();
        assertThat(sent).hasSize(9);
        assertThat(acked).hasSizeGreaterThanOrEqualTo(4);
        assertThat(pending).isEqualTo(9 - acked.size()).isGreaterThanOrEqualTo(3);
        assertThat(stored()).containsExactlyInAnyOrderElementsOf(
                sent.stream().filter(id -> !acked.containsKey(id)).toList());

        restartAndSignInAgain(bob);

        assertThat(page.locator(ROLL + " #toast")).hasText(pending + " edits made while offline were saved.");
        Browser.screenshot(page, "restart-edits-saved");
        page.waitForFunction("() => document.querySelector('" + ROLL + "').pendingCount === 0");
        List<OpLogEntry> log = logAfterSetup();
        assertThat(log).extracting(e -> e.clientOpId().toString()).containsExactlyInAnyOrderElementsOf(sent);
        acked.forEach((id, seq) -> assertThat(log).filteredOn(e -> e.clientOpId().toString().equals(id))
                .singleElement().extracting(OpLogEntry::seq).isEqualTo(seq.longValue()));
        assertThat(pitchOnServer()).isEqualTo(69);
        page.waitForFunction("id => document.querySelector('" + ROLL + "').notes.find(n => n.id === id).pitch === 69",
                noteId.toString());
        assertThat(stored()).isEmpty();
    }

    @Test
    void a_member_made_viewer_while_the_node_was_down_has_the_kept_edits_refused_and_dropped() {
        killNode();
        press("ArrowUp");
        press("ArrowUp");
        assertWaiting(2);
        assertThat(stored()).hasSize(2);
        admin.bean(TestUsers.class).logIn(alice);
        admin.bean(SharingService.class).changeRole(project,
                admin.bean(AccountService.class).findByUsername(bob).orElseThrow().id(), ProjectRole.VIEWER);

        restartAndSignInAgain(bob);

        // the roll opens read-only for a viewer and refuses the kept edits itself; the server would too
        assertThat(page.locator(ROLL + " #toast")).hasText(
                "2 edits made while offline could not be saved: You can view this roll but not edit it, so the edit was undone.");
        assertThat(stored()).isEmpty();
        assertThat(pendingCount()).isZero();
        assertThat(logAfterSetup()).isEmpty();
        assertThat(pitchOnServer()).isEqualTo(60);
    }

    @Test
    void an_edit_of_a_note_deleted_while_the_node_was_down_is_dropped_and_the_others_land() {
        killNode();
        press("ArrowUp");
        Map<String, Object> empty = point(1920, 72);
        page.mouse().click(((Number) empty.get("x")).doubleValue(), ((Number) empty.get("y")).doubleValue());
        assertWaiting(2);
        assertThat(stored()).hasSize(2);
        admin.bean(TestUsers.class).logIn(alice);
        admin.bean(EditSessionService.class).submit(project, UUID.randomUUID(), 1,
                new EditOp.DeleteNotes(List.of(noteId)));

        restartAndSignInAgain(bob);

        assertThat(page.locator(ROLL + " #toast")).hasText(
                "1 edit made while offline was saved; 1 could not be: someone deleted its notes meanwhile.");
        Browser.screenshot(page, "restart-edit-of-deleted-note");
        page.waitForFunction("() => document.querySelector('" + ROLL + "').pendingCount === 0");
        assertThat(stored()).isEmpty();
        List<OpLogEntry> log = logAfterSetup();
        assertThat(log).hasSize(2);
        assertThat(log.get(1).op()).isInstanceOfSatisfying(EditOp.AddNotes.class,
                add -> assertThat(add.notes()).singleElement().extracting(Note::pitch).isEqualTo(72));
        assertThat(((Number) page.evaluate("() => document.querySelector('" + ROLL + "').noteCount")).intValue())
                .isEqualTo(1);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> point(int tick, int pitch) {
        return (Map<String, Object>) page.evaluate(
                "([t, p]) => document.querySelector('" + ROLL + "').clientPoint(t, p)", List.of(tick, pitch));
    }
}
