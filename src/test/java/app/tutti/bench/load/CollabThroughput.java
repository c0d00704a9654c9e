package app.tutti.bench.load;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * Twenty people edit one project on one node (its own process, PostgreSQL), each as fast as the
 * server acknowledges: at most {@code inFlight} unacknowledged edits each, sent the way Vaadin's
 * client sends them (one UIDL request at a time, calls made meanwhile go in the next). Measures
 * edits committed per second, others' edits delivered per second (ideally 19 per commit), and
 * the time from submit to the author's acknowledgement and to arrival at the other 19 editors.
 */
public final class CollabThroughput {

    static final int EDITORS = 20;
    static final Duration WARM_UP = Duration.ofSeconds(10);
    static final Duration MEASURED = Duration.ofSeconds(30);

    private CollabThroughput() {
    }

    /** What one run measured, and where the CPU went meanwhile. */
    record Run(LoadResult result, CpuMeter.Usage cpu) {
    }

    /** One table row per in-flight bound. */
    public static String measure(int... inFlightBounds) throws InterruptedException {
        StringBuilder rows = new StringBuilder();
        for (int inFlight : inFlightBounds) {
            rows.append(row(inFlight, run(inFlight)));
        }
        return rows.toString();
    }

    static Run run(int inFlight) throws InterruptedException {
        try (NodeProcess node = NodeProcess.start("throughput", "2g");
                LoadClient client = new LoadClient(node.base())) {
            LoadFixture.Cast cast = node.cast(1, EDITORS, 0).getFirst();
            List<EditorTab> tabs = client.openEditors(
                    cast.editors().stream().map(name -> new LoadClient.Seat(name, cast.projectId())).toList(), 4);
            Window window = Window.after(WARM_UP, MEASURED);
            Map<Long, Long> submittedBySeq = new ConcurrentHashMap<>();
            List<LoadEditor> editors = IntStream.range(0, tabs.size()).mapToObj(i -> new LoadEditor(tabs.get(i),
                    new EditGenerator(tabs.get(i).loaded().activeTrackId(), i), submittedBySeq, window, inFlight, false))
                    .toList();
            CpuMeter.Usage cpu = EditingRun.run(editors, window, () -> () -> {
            }, new CpuMeter(node));
            tabs.forEach(EditorTab::close);
            return new Run(LoadResult.of(editors), cpu);
        }
    }

    private static String row(int inFlight, Run run) {
        LoadResult result = run.result();
        return String.format(Locale.ROOT, "| %d | %d | %.0f | %.0f (%.0f %% of 19 × committed) | %s | %s | %s | %.1f ms"
                + " (%s) |%n", EDITORS, inFlight, result.committedPerSecond(), result.deliveredPerSecond(),
                100 * result.deliveredPerSecond() / Math.max(1, 19 * result.committedPerSecond()),
                LoadResult.spread(result.ackMillis()), LoadResult.spread(result.fanOutMillis()), result.errorText(),
                result.nodeCpuMillisPerEdit(run.cpu()), run.cpu());
    }
}
