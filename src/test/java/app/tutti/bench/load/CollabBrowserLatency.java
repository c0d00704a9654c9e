package app.tutti.bench.load;

import app.tutti.testsupport.Browser;
import com.microsoft.playwright.Page;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;

/**
 * Two people in two real Chromium instances (separate browser processes) on one project, on a
 * node of its own with PostgreSQL: A presses ↑ or ↓ on a selected note {@link #EDITS} times, one
 * edit after the other has arrived, and B's page records when each edit reached B's roll.
 * Both pages read the same clock ({@code performance.timeOrigin + performance.now()}). Measured:
 * A's key press to the edit in B's document ({@code applyRemote} done), to the next animation
 * frame in B (the roll draws in its own frame callback, which runs first), and to A's own
 * acknowledgement.
 */
public final class CollabBrowserLatency {

    static final int WARM_UP = 20;
    static final int EDITS = 1000;
    private static final String ROLL = "document.querySelector('tutti-piano-roll')";

    /** In A: when each key went down, and when each acknowledgement arrived. */
    private static final String RECORD_A = """
            () => {
              const roll = %s;
              window.keysAt = []; window.acksAt = [];
              window.addEventListener('keydown', e => window.keysAt.push(performance.timeOrigin + e.timeStamp), true);
              const acknowledge = roll.acknowledge.bind(roll);
              roll.acknowledge = (id, seq, op) => { acknowledge(id, seq, op);
                window.acksAt.push(performance.timeOrigin + performance.now()); };
            }""".formatted(ROLL);

    /** In B: when each remote edit was in the roll's document (and held the new pitch), and the next frame. */
    private static final String RECORD_B = """
            noteId => {
              const roll = %s;
              window.seenAt = []; window.drawnAt = []; window.pitches = [];
              const applyRemote = roll.applyRemote.bind(roll);
              roll.applyRemote = (seq, op) => { applyRemote(seq, op);
                window.seenAt.push(performance.timeOrigin + performance.now());
                window.pitches.push(roll.notes.find(n => n.id === noteId).pitch);
                requestAnimationFrame(() => window.drawnAt.push(performance.timeOrigin + performance.now())); };
            }""".formatted(ROLL);

    private CollabBrowserLatency() {
    }

    public static String measure() throws Exception {
        try (NodeProcess node = NodeProcess.start("browser", "1g");
                LoadClient client = new LoadClient(node.base());
                Browser first = new Browser();
                Browser second = new Browser()) {
            LoadFixture.Cast cast = node.cast(1, 2, 0).getFirst();
            String noteId = addOneNote(client, cast);
            String base = node.base().toString();
            Page a = open(first, base, cast.editors().get(0), cast.projectId());
            Page b = open(second, base, cast.editors().get(1), cast.projectId());
            a.evaluate(RECORD_A);
            b.evaluate(RECORD_B, noteId);
            a.evaluate("id => { const roll = " + ROLL + "; roll.showNote(id); roll.focus(); }", noteId);
            for (int i = 0; i < WARM_UP + EDITS; i++) {
                a.keyboard().press(i % 2 == 0 ? "ArrowUp" : "ArrowDown");
                b.waitForFunction("n => window.seenAt.length >= n", i + 1);
            }
            a.waitForFunction("n => window.acksAt.length >= n", WARM_UP + EDITS);
            return row(times(a, "keysAt"), times(a, "acksAt"), times(b, "seenAt"), times(b, "drawnAt"),
                    pitches(b));
        }
    }

    /** The note A will move, added over the real protocol by A's account in a tab of its own. */
    private static String addOneNote(LoadClient client, LoadFixture.Cast cast) throws Exception {
        try (EditorTab tab = client.openEditor(cast.editors().getFirst(), cast.projectId())) {
            CompletableFuture<Long> acknowledged = new CompletableFuture<>();
            tab.listen(new EditorTab.Listener() {
                @Override
                public void acknowledged(java.util.UUID clientOpId, long seq, long atNanos) {
                    acknowledged.complete(seq);
                }

                @Override
                public void failed(String problem) {
                    acknowledged.completeExceptionally(new IllegalStateException(problem));
                }
            });
            JsonNode add = new EditGenerator(tab.loaded().activeTrackId(), 0).add();
            tab.submit(add);
            acknowledged.get(LoadClient.TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            return add.path("notes").path(0).path("id").asString();
        }
    }

    private static Page open(Browser browser, String base, String username, String projectId) {
        Page page = browser.newPage(1280, 800);
        Browser.logIn(page, base, username);
        page.navigate(base + "projects/" + projectId);
        page.waitForFunction("() => { const el = " + ROLL + "; return el && el.hasAttribute('data-ready')"
                + " && el.noteCount === 1; }");
        return page;
    }

    @SuppressWarnings("unchecked")
    private static double[] times(Page page, String name) {
        return ((List<Number>) page.evaluate("() => window." + name)).stream().mapToDouble(Number::doubleValue)
                .toArray();
    }

    @SuppressWarnings("unchecked")
    private static List<Number> pitches(Page page) {
        return (List<Number>) page.evaluate("() => window.pitches");
    }

    private static String row(double[] keys, double[] acks, double[] seen, double[] drawn, List<Number> pitches) {
        int wrong = 0;
        for (int i = 1; i < pitches.size(); i++) {
            wrong += Math.abs(pitches.get(i).intValue() - pitches.get(i - 1).intValue()) == 1 ? 0 : 1;
        }
        return String.format(Locale.ROOT, "| %d | %s | %s | %s | %s |%n", EDITS, LoadResult.spread(since(keys, seen)),
                LoadResult.spread(since(keys, drawn)), LoadResult.spread(since(keys, acks)),
                wrong == 0 && seen.length == WARM_UP + EDITS ? "none" : wrong + " wrong pitches");
    }

    /** Milliseconds from each measured key press to the matching later moment, sorted. */
    private static double[] since(double[] keys, double[] later) {
        double[] millis = new double[EDITS];
        for (int i = 0; i < EDITS; i++) {
            millis[i] = later[WARM_UP + i] - keys[WARM_UP + i];
        }
        Arrays.sort(millis);
        return millis;
    }
}
