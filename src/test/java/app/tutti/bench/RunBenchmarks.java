package app.tutti.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
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
 * Run with {@code ./mvnw -Pbench verify}.
 */
public final class RunBenchmarks {

    static final Path REPORT = Path.of("docs/benchmarks.md");

    private RunBenchmarks() {
    }

    public static void main(String[] args) throws RunnerException, IOException {
        history();
        if (List.of(args).contains("history-only")) {
            return;
        }
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
        String latency = "Measured " + LocalDate.now() + " on " + Machine.describe()
                + " with `./mvnw -Pproduction,bench verify` (`ContinuationLatency`).\n\n"
                + "| requests | continuation length | p50 | p99 | max |\n|---|---|---|---|---|\n"
                + ContinuationLatency.measure(Path.of("src/main/resources/model"), 60);
        BenchmarkReport.replaceSection(REPORT, "ai-latency", latency);
        BenchmarkReport.replaceSection(REPORT, "browser", "Measured " + LocalDate.now() + " on " + Machine.describe()
                + " with `./mvnw -Pproduction,bench verify` (`EditorBrowserBenchmark`, headless Chromium 1280×800).\n\n"
                + "| what | typical | worst |\n|---|---|---|\n" + EditorBrowserBenchmark.measure());
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
                .append(" with `./mvnw -Pproduction,bench verify -Dbench.args=history-only` (`HistoryBench`: one project of ")
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
