package app.tutti.bench;

import app.tutti.bench.load.CollabBrowserLatency;
import app.tutti.bench.load.CollabSessions;
import app.tutti.bench.load.CollabThroughput;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the JMH benchmarks of the server's hot paths in one go and writes their table into
 * {@code docs/benchmarks.md} (between the jmh markers), with the machine and the date.
 * Run with {@code ./mvnw -Pproduction,bench verify}; {@code -Dtutti.bench.only=browser} runs only the browser benchmark.
 */
public final class RunBenchmarks {

    static final Path REPORT = Path.of("docs/benchmarks.md");
    private static final Path MODEL = Path.of("src/main/resources/model");

    private RunBenchmarks() {
    }

    /**
     * Runs every benchmark, or only the sections named in the system property {@code tutti.bench.only}
     * (comma-separated: {@code jmh}, {@code history}, {@code ai-latency}, {@code provenance}, {@code ai-pool},
     * {@code browser}, {@code collab-browser}, {@code collab-throughput}, {@code collab-sessions}).
     */
    public static void main(String[] args) throws Exception {
        String only = System.getProperty("tutti.bench.only", "");
        Set<String> sections = only.isBlank() ? Set.of("jmh", "history", "ai-latency", "provenance", "ai-pool",
                "browser", "collab-browser", "collab-throughput", "collab-sessions")
                : Set.of(only.split(","));
        if (sections.contains("jmh")) {
            jmh();
        }
        if (sections.contains("history")) {
            history();
        }
        if (sections.contains("ai-latency")) {
            String latency = "Measured " + LocalDate.now() + " on " + Machine.describe()
                    + " with `./mvnw -Pproduction,bench verify` (`ContinuationLatency`).\n\n"
                    + "| requests | continuation length | p50 | p99 | max |\n|---|---|---|---|---|\n"
                    + ContinuationLatency.measure(MODEL, 60);
            BenchmarkReport.replaceSection(REPORT, "ai-latency", latency);
        }
        if (sections.contains("provenance")) {
            BenchmarkReport.replaceSection(REPORT, "provenance", "Measured " + LocalDate.now() + " on "
                    + Machine.describe() + " with `./mvnw -Pproduction,bench verify` (`ProvenanceLatency`: 3 nearest"
                    + " excerpts and the originality gate's verdict per passage).\n\n"
                    + "| passages | index | p50 | p99 | max |\n|---|---|---|---|---|\n"
                    + ProvenanceLatency.measure(MODEL.resolve("provenance.idx"), 300));
        }
        if (sections.contains("ai-pool")) {
            BenchmarkReport.replaceSection(REPORT, "ai-pool", "Measured " + LocalDate.now() + " on "
                    + Machine.describe() + " with `./mvnw -Pproduction,bench verify -Dtutti.bench.only=ai-pool`"
                    + " (`PoolLatency`); load average of the machine (other work included) when it started: "
                    + String.format(Locale.ROOT, "%.1f", loadAverage()) + ".\n\n| burst | workers | tokens per request | p50 | p90 | p99 | max |"
                    + " all within 5 s | throughput |\n|---|---|---|---|---|---|---|---|---|\n"
                    + PoolLatency.measure(MODEL, 20, 1) + PoolLatency.measure(MODEL, 20, 2));
        }
        if (sections.contains("browser")) {
            BenchmarkReport.replaceSection(REPORT, "browser", "Measured " + LocalDate.now() + " on "
                    + Machine.describe() + " with `./mvnw -Pproduction,bench verify` (`EditorBrowserBenchmark`,"
                    + " headless Chromium 1280×800).\n\n| what | typical | worst |\n|---|---|---|\n"
                    + EditorBrowserBenchmark.measure());
        }
        collab(sections);
    }

    private static void collab(Set<String> sections) throws Exception {
        if (sections.contains("collab-browser")) {
            double load = loadAverage();
            String rows = CollabBrowserLatency.measure();
            BenchmarkReport.replaceSection(REPORT, "collab-browser", collabHeader("collab-browser",
                    "CollabBrowserLatency", load) + "\n\n| edits | A's key press → in B's roll document p50 / p99 / max"
                    + " | … → drawn in B (next frame) p50 / p99 / max | … → A's own acknowledgement p50 / p99 / max"
                    + " | wrong states in B |\n|---|---|---|---|---|\n" + rows);
        }
        if (sections.contains("collab-throughput")) {
            double load = loadAverage();
            String rows = CollabThroughput.measure(1, 8);
            BenchmarkReport.replaceSection(REPORT, "collab-throughput", collabHeader("collab-throughput",
                    "CollabThroughput", load) + "\n\n| editors | unacknowledged edits per editor (at most) | edits"
                    + " committed /s | others' edits delivered /s | submit → own acknowledgement p50 / p99 / max"
                    + " | submit → seen by the other 19 p50 / p99 / max | errors | node CPU per edit (CPU use in the window)"
                    + " |\n|---|---|---|---|---|---|---|---|\n"
                    + rows);
        }
        if (sections.contains("collab-sessions")) {
            double load = loadAverage();
            String tables = CollabSessions.measure();
            BenchmarkReport.replaceSection(REPORT, "collab-sessions", collabHeader("collab-sessions",
                    "CollabSessions", load) + "\n\n" + tables);
        }
    }

    /** Machine, date, command and the machine's load average (other work included) before and after the run. */
    private static String collabHeader(String section, String benchmark, double loadBefore) {
        return "Measured " + LocalDate.now() + " on " + Machine.describe() + " with `./mvnw -Pproduction,bench verify"
                + " -Dtutti.bench.only=" + section + "` (`" + benchmark + "`); load average of the machine (other work"
                + " included) " + String.format(Locale.ROOT, "%.1f before, %.1f after", loadBefore, loadAverage())
                + " the run.";
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static void jmh() throws RunnerException, IOException {
        Collection<RunResult> results = jmh("app\\.tutti\\.bench\\.(?!History).*Bench");
        StringBuilder table = new StringBuilder()
                .append("Measured ").append(LocalDate.now()).append(" on ").append(Machine.describe())
                .append(" with `./mvnw -Pproduction,bench verify` (JMH, 1 fork, 3×2 s warm-up, 5×2 s measurement; ")
                .append("average time per operation, ± is the 99.9 % confidence half-width).\n\n")
                .append("| benchmark | notes in project | time per op | ± |\n|---|---:|---:|---:|\n");
        for (RunResult result : results) {
            var primary = result.getPrimaryResult();
            table.append(String.format(Locale.ROOT, "| %s | %s | %.3f %s | %.3f |%n",
                    result.getParams().getBenchmark().replace("app.tutti.bench.", ""),
                    result.getParams().getParam("notes"), primary.getScore(), primary.getScoreUnit(),
                    primary.getScoreError()));
        }
        BenchmarkReport.replaceSection(REPORT, "jmh", table.toString());
    }

    /** Runs the matching benchmarks: 1 fork, 3×2 s warm-up, 5×2 s measurement, average time in ms. */
    private static Collection<RunResult> jmh(String include) throws RunnerException {
        return new Runner(new OptionsBuilder()
                .include(include)
                .mode(Mode.AverageTime)
                .timeUnit(TimeUnit.MILLISECONDS)
                .forks(1)
                .warmupIterations(3).warmupTime(TimeValue.seconds(2))
                .measurementIterations(5).measurementTime(TimeValue.seconds(2))
                .jvmArgsAppend("--enable-native-access=ALL-UNNAMED", "-Dvaadin.productionMode=true")
                .build()).run();
    }

    /** The history benchmark gets its own section: one large project, no notes parameter. */
    private static void history() throws RunnerException, IOException {
        Collection<RunResult> results = jmh("app\\.tutti\\.bench\\.HistoryBench");
        StringBuilder table = new StringBuilder()
                .append("Measured ").append(LocalDate.now()).append(" on ").append(Machine.describe())
                .append(" with `./mvnw -Pproduction,bench verify -Dtutti.bench.only=history` (`HistoryBench`: one project of ")
                .append(HistoryBench.OPS).append(" operations ending with about ").append(HistoryBench.NOTES)
                .append(" notes, a version every ").append(HistoryBench.VERSION_EVERY)
                .append(" operations; JMH, 1 fork, 3×2 s warm-up, 5×2 s measurement, H2 in memory). Goal: < 300 ms.\n\n")
                .append("| benchmark | time per op | ± |\n|---|---:|---:|\n");
        for (RunResult result : results) {
            var primary = result.getPrimaryResult();
            table.append(String.format(Locale.ROOT, "| %s | %.1f %s | %.1f |%n",
                    result.getParams().getBenchmark().replace("app.tutti.bench.HistoryBench.", ""),
                    primary.getScore(), primary.getScoreUnit(), primary.getScoreError()));
        }
        BenchmarkReport.replaceSection(REPORT, "history", table.toString());
    }
}
