package app.tutti.bench.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Many people editing at once on one node (its own process, PostgreSQL): {@link #SESSIONS} tabs,
 * each its own login and Vaadin session, spread over {@link #PROJECTS} projects, each making an
 * edit every 0.5 to 1 s (heavy), then, with the same tabs, every 2 to 4 s (typical) and, like the roll, telling the others where it is after each edit
 * (selection, view: the {@code presence} call). Measures the time from submit to acknowledgement and to arrival at the
 * project's other editors, and the node's heap after garbage collection before the tabs opened,
 * with all of them open, and after the editing.
 */
public final class CollabSessions {

    static final int SESSIONS = 200;
    static final int PROJECTS = 20;
    static final Duration WARM_UP = Duration.ofSeconds(15);
    static final Duration MEASURED = Duration.ofSeconds(60);

    private CollabSessions() {
    }

    /** Two tables: latency and heap. */
    public static String measure() throws InterruptedException {
        try (NodeProcess node = NodeProcess.start("sessions", "2g");
                LoadClient client = new LoadClient(node.base())) {
            List<LoadFixture.Cast> casts = node.cast(PROJECTS, SESSIONS / PROJECTS, 0);
            warmUp(node, client, casts.getFirst());
            NodeProcess.Heap before = node.heap();
            List<LoadClient.Seat> seats = new ArrayList<>();
            casts.forEach(cast -> cast.editors().forEach(name -> seats.add(new LoadClient.Seat(name, cast.projectId()))));
            List<EditorTab> tabs = client.openEditors(seats, 4);
            NodeProcess.Heap open = node.heap();

            List<EditGenerator> generators = new ArrayList<>();
            for (int i = 0; i < tabs.size(); i++) {
                generators.add(new EditGenerator(tabs.get(i).loaded().activeTrackId(), i));
            }
            List<String> rows = new ArrayList<>();
            for (Rate rate : RATES) {
                rows.add(row(node, tabs, seats, generators, rate));
            }
            NodeProcess.Heap edited = node.heap();
            tabs.forEach(EditorTab::close);
            return tables(rows, before, open, edited);
        }
    }

    /** How often each person edits: every {@code fromMillis} to {@code toMillis}, at random. */
    record Rate(String name, long fromMillis, long toMillis) {
        String describe() {
            return String.format(Locale.ROOT, "%s: an edit every %.1f to %.0f s", name, fromMillis / 1000.0,
                    toMillis / 1000.0);
        }
    }

    /** A heavy sustained rate, and what a person composing typically does (far fewer edits on average). */
    static final List<Rate> RATES = List.of(new Rate("heavy", 500, 1000), new Rate("typical", 2000, 4000));

    private static String row(NodeProcess node, List<EditorTab> tabs, List<LoadClient.Seat> seats,
            List<EditGenerator> generators, Rate rate) throws InterruptedException {
        Window window = Window.after(WARM_UP, MEASURED);
        Map<String, Map<Long, Long>> submittedBySeq = new ConcurrentHashMap<>();
        List<LoadEditor> editors = new ArrayList<>();
        for (int i = 0; i < tabs.size(); i++) {
            editors.add(new LoadEditor(tabs.get(i), generators.get(i),
                    submittedBySeq.computeIfAbsent(seats.get(i).projectId(), p -> new ConcurrentHashMap<>()),
                    window, 4, true));
        }
        CpuMeter.Usage cpu = EditingRun.run(editors, window,
                () -> () -> Thread.sleep(ThreadLocalRandom.current().nextLong(rate.fromMillis(), rate.toMillis())),
                new CpuMeter(node));
        LoadResult result = LoadResult.of(editors);
        return String.format(Locale.ROOT, "| %d (%d), %s | %.0f ops/s | %s | %s | %s | %.1f ms (%s) |", SESSIONS,
                PROJECTS, rate.describe(), result.committedPerSecond(), LoadResult.spread(result.ackMillis()),
                LoadResult.spread(result.fanOutMillis()), result.errorText(), result.nodeCpuMillisPerEdit(cpu), cpu);
    }

    /** One person opens an editor and edits a little, so the baseline heap has the code paths warm. */
    private static void warmUp(NodeProcess node, LoadClient client, LoadFixture.Cast cast)
            throws InterruptedException {
        try (EditorTab tab = client.openEditor(cast.editors().getFirst(), cast.projectId())) {
            Window window = Window.after(Duration.ZERO, Duration.ofSeconds(5));
            LoadEditor editor = new LoadEditor(tab, new EditGenerator(tab.loaded().activeTrackId(), -1),
                    new ConcurrentHashMap<>(), window, 4, true);
            EditingRun.run(List.of(editor), window, () -> () -> Thread.sleep(100), new CpuMeter(node));
        }
    }

    private static String tables(List<String> rows, NodeProcess.Heap before, NodeProcess.Heap open,
            NodeProcess.Heap edited) {
        return String.format(Locale.ROOT, """
                | sessions (projects), rate | edits committed | submit → own acknowledgement p50 / p99 / max | submit → seen by the project's other editors p50 / p99 / max | errors | node CPU per edit (CPU use in the window) |
                |---|---|---|---|---|---|
                %s

                | heap after GC | used | HTTP sessions on the node |
                |---|---|---|
                | before the tabs opened | %.0f MB | %d |
                | all %d tabs open | %.0f MB | %d |
                | after %.0f s of editing | %.0f MB | %d |
                | **per session** (open / after editing) | **%.0f KB / %.0f KB** | |
                """, String.join("\n", rows), mb(before), before.sessions(), SESSIONS, mb(open), open.sessions(),
                WARM_UP.plus(MEASURED).toSeconds() * 1.0 * RATES.size(), mb(edited), edited.sessions(),
                kbPerSession(before, open), kbPerSession(before, edited));
    }

    private static double mb(NodeProcess.Heap heap) {
        return heap.usedBytes() / (1024.0 * 1024);
    }

    private static double kbPerSession(NodeProcess.Heap before, NodeProcess.Heap after) {
        return (after.usedBytes() - before.usedBytes()) / 1024.0 / SESSIONS;
    }
}
