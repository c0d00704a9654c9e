package app.tutti.bench.load;

import app.tutti.bench.Percentiles;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.DoubleStream;

/**
 * What a load run measured, over its window: edits committed per second (acknowledged to their
 * author), others' edits delivered per second, the time from submitting an edit to its
 * acknowledgement and to its arrival at every other open editor of the project, and errors.
 */
record LoadResult(double seconds, long committed, long delivered, double[] ackMillis, double[] fanOutMillis,
        long errors, List<String> problems, long unanswered) {

    static LoadResult of(List<LoadEditor> editors) {
        Window window = editors.getFirst().window();
        long committed = editors.stream().mapToLong(e -> e.committedInWindow.get()).sum();
        long delivered = 0;
        DoubleStream.Builder ack = DoubleStream.builder();
        DoubleStream.Builder fanOut = DoubleStream.builder();
        for (LoadEditor editor : editors) {
            for (int i = 0; i < editor.acknowledged.size(); i++) {
                ack.add((editor.acknowledged.time(i) - editor.acknowledged.key(i)) / 1e6);
            }
            for (int i = 0; i < editor.arrivals.size(); i++) {
                long arrived = editor.arrivals.time(i);
                delivered += window.contains(arrived) ? 1 : 0;
                Long submitted = editor.submittedAt(editor.arrivals.key(i));
                if (submitted != null && window.contains(submitted)) {
                    fanOut.add((arrived - submitted) / 1e6);
                }
            }
        }
        double[] ackMillis = ack.build().sorted().toArray();
        double[] fanOutMillis = fanOut.build().sorted().toArray();
        return new LoadResult(window.seconds(), committed, delivered, ackMillis, fanOutMillis,
                editors.stream().mapToLong(e -> e.errors.get()).sum(),
                editors.stream().flatMap(e -> e.problems.stream()).distinct().limit(5).toList(),
                editors.stream().mapToLong(LoadEditor::pendingCount).sum());
    }

    double committedPerSecond() {
        return committed / seconds;
    }

    double deliveredPerSecond() {
        return delivered / seconds;
    }

    /** {@code p50 / p99 / max} in ms, or "none". */
    static String spread(double[] sortedMillis) {
        return sortedMillis.length == 0 ? "none"
                : String.format(Locale.ROOT, "%.0f / %.0f / %.0f ms", Percentiles.percentile(sortedMillis, 50),
                        Percentiles.percentile(sortedMillis, 99), sortedMillis[sortedMillis.length - 1]);
    }

    /** The node's CPU time per committed edit (its fan-out included), in ms. */
    double nodeCpuMillisPerEdit(CpuMeter.Usage cpu) {
        return committed == 0 ? Double.NaN : cpu.node() * seconds * 1000 / committed;
    }

    String errorText() {
        return errors + (unanswered > 0 ? " (+" + unanswered + " never answered)" : "")
                + (problems.isEmpty() ? "" : ": " + String.join("; ", problems));
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.0f ops/s committed, %.0f deliveries/s, ack %s, fan-out %s, errors %s",
                committedPerSecond(), deliveredPerSecond(), spread(ackMillis), spread(fanOutMillis), errorText())
                + " (" + Arrays.toString(new int[] {ackMillis.length, fanOutMillis.length}) + " samples)";
    }
}
