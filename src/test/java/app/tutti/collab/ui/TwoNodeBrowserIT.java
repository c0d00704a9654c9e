package app.tutti.collab.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.tutti.base.domain.ProjectId;
import app.tutti.collab.service.EditSessionService;
import app.tutti.composition.domain.ProjectDetails;
import app.tutti.composition.service.ProjectService;
import app.tutti.sharing.domain.ProjectRole;
import app.tutti.sharing.service.PublicLinkService;
import app.tutti.sharing.service.SharingService;
import app.tutti.testsupport.AppNode;
import app.tutti.testsupport.Browser;
import app.tutti.testsupport.RequiresChromium;
import app.tutti.testsupport.RequiresPostgres;
import app.tutti.testsupport.TestUsers;
import com.microsoft.playwright.Page;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two app nodes on one PostgreSQL and two real Chromium users, each signed in on a different
 * node: what one sends over the editor's real protocol (the roll's {@code $server.submit}) shows up
 * in the other's roll, pushed by the other node; each sees the other's avatar, selection and
 * playhead until they leave; an anonymous listener on the public link sees edits too and cannot edit.
 */
@RequiresPostgres
@RequiresChromium
class TwoNodeBrowserIT {

    private static final String ROLL = "tutti-piano-roll";

    static AppNode nodeA;
    static AppNode nodeB;
    static Browser browser;

    String alice;
    String bob;
    ProjectId project;
    UUID track;

    @BeforeAll
    static void start() {
        nodeA = AppNode.start("browser-a");
        nodeB = AppNode.start("browser-b");
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (nodeB != null) {
            nodeB.close();
        }
        if (nodeA != null) {
            nodeA.close();
        }
    }

    @BeforeEach
    void aliceSharesAProjectWithBob() {
        TestUsers users = nodeA.bean(TestUsers.class);
        bob = users.register("bob");
        alice = users.register("alice");
        users.logIn(alice);
        project = nodeA.bean(ProjectService.class).create(ProjectDetails.untitled());
        track = nodeA.bean(ProjectService.class).tracksOf(project).getFirst().id();
        nodeA.bean(SharingService.class).add(project, bob, ProjectRole.EDITOR);
    }

    @AfterEach
    void logOut() {
        nodeA.bean(TestUsers.class).logOut();
    }

    private Page openEditor(AppNode node, String username) {
        Page page = browser.newPage(1280, 800);
        Browser.logIn(page, node.url(""), username);
        page.navigate(node.url("/projects/" + project));
        Browser.waitForRollOnAFreshNode(page);
        return page;
    }

    private static int noteCount(Page page) {
        return ((Number) page.evaluate("() => document.querySelector('" + ROLL + "').noteCount")).intValue();
    }

    /**
     * Sends a new note the way the roll does (one client call with a client op id and the op) and
     * waits for the server's answer. This skips the roll's own local echo: the sender's roll shows
     * the note once the acknowledgement (which carries the op) arrives.
     */
    private UUID submitFrom(Page page, int pitch) {
        UUID note = UUID.randomUUID();
        page.evaluate("async () => await document.querySelector('" + ROLL + "').$server.submit({clientOpId: '"
                + UUID.randomUUID()
                + "', baseSeq: 0, op: {type: 'AddNotes', notes: [{id: '" + note + "', trackId: '" + track
                + "', pitch: " + pitch + ", start: 0, duration: 480, velocity: 90}]}})");
        return note;
    }

    /** A click on the ruler above {@code tick}, as a person moves the playhead. */
    @SuppressWarnings("unchecked")
    private static void clickRuler(Page page, int tick) {
        Map<String, Object> p = (Map<String, Object>) page.evaluate("t => { const el = document.querySelector('" + ROLL
                + "'); const top = el.shadowRoot.querySelector('#roll-canvas').getBoundingClientRect().top;"
                + " return {x: el.clientPoint(t, 60).x, y: top + 8}; }", tick);
        page.mouse().click(((Number) p.get("x")).doubleValue(), ((Number) p.get("y")).doubleValue());
    }

    private long logHead() {
        nodeA.bean(TestUsers.class).logIn(alice);
        return nodeA.bean(EditSessionService.class).open(project).seq();
    }

    private static void awaitNoteCount(Page page, int count) {
        await().atMost(Duration.ofSeconds(90)).until(() -> noteCount(page) == count);
    }

    @Test
    void an_edit_made_on_node_b_appears_in_the_browser_on_node_a_and_back() {
        Page onA = openEditor(nodeA, alice);
        Page onB = openEditor(nodeB, bob);

        submitFrom(onB, 60);
        assertThat(logHead()).isEqualTo(1);
        awaitNoteCount(onA, 1);

        awaitNoteCount(onB, 1);
        submitFrom(onA, 64);
        assertThat(logHead()).isEqualTo(2);
        awaitNoteCount(onB, 2);
        awaitNoteCount(onA, 2);
        Browser.screenshot(onB, "two-nodes-editor-b");
    }

    @Test
    void each_sees_the_other_here_across_nodes_with_selection_and_playhead_until_they_leave() {
        Page onA = openEditor(nodeA, alice);
        Page onB = openEditor(nodeB, bob);
        assertThat(onA.locator("#presence .tutti-avatar")).hasCount(1);
        assertThat(onA.locator("#presence .tutti-avatar")).hasAttribute("data-name", Pattern.compile("^Bob"));
        assertThat(onB.locator("#presence .tutti-avatar")).hasAttribute("data-name", Pattern.compile("^Alice"));

        UUID note = submitFrom(onB, 64);
        awaitNoteCount(onB, 1);
        onB.evaluate("id => document.querySelector('" + ROLL + "').showNote(id)", note.toString());
        clickRuler(onB, 1920);
        assertThat(((Number) onB.evaluate("() => document.querySelector('" + ROLL + "').playheadTick")).intValue())
                .isEqualTo(1920);

        onA.waitForFunction("id => document.querySelector('" + ROLL
                + "').others.some(p => p.selection.includes(id) && p.playhead === 1920)", note.toString());
        awaitNoteCount(onA, 1);
        Browser.screenshot(onA, "two-nodes-presence");

        // Leaves through the app's own navigation: the editor detaches on the server at once (a
        // closed tab is noticed through Vaadin's unload beacon, which a busy machine may lose).
        onB.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("My projects")).click();
        onB.waitForURL(address -> !address.contains("/projects/"));
        assertThat(onA.locator("#presence .tutti-avatar")).hasCount(0);
        onA.waitForFunction("() => document.querySelector('" + ROLL + "').others.length === 0");
    }

    @Test
    void an_anonymous_listener_on_the_public_link_hears_edits_from_another_node_and_cannot_edit() {
        nodeA.bean(TestUsers.class).logIn(alice);
        String path = nodeA.bean(PublicLinkService.class).enable(project);
        Page listener = browser.newPage(1280, 800);
        listener.navigate(nodeA.url("/" + path));
        assertThat(listener.locator(ROLL + "[data-ready]")).isVisible();
        assertThat(listener.getByText("Listening · read-only")).isVisible();
        Page onB = openEditor(nodeB, bob);

        submitFrom(onB, 67);
        awaitNoteCount(listener, 1);
        Browser.screenshot(listener, "public-listen-link");
        submitFrom(listener, 70);

        assertThat(logHead()).isEqualTo(1);
        awaitNoteCount(onB, 1);
        assertThat(noteCount(listener)).isEqualTo(1);
    }
}
