package app.tutti.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Replaces one marked section of docs/benchmarks.md, leaving the other sections as they are. */
final class BenchmarkReport {

    private BenchmarkReport() {
    }

    static void replaceSection(Path report, String name, String body) throws IOException {
        String start = "<!-- " + name + ":start -->";
        String end = "<!-- " + name + ":end -->";
        String text = Files.exists(report) ? Files.readString(report) : "# Benchmarks\n";
        String section = start + "\n" + body + end;
        int from = text.indexOf(start);
        int to = text.indexOf(end);
        String updated = from >= 0 && to > from ? text.substring(0, from) + section + text.substring(to + end.length())
                : text + "\n" + section + "\n";
        Files.createDirectories(report.toAbsolutePath().getParent());
        Files.writeString(report, updated);
    }
}
