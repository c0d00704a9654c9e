package app.tutti.bench;

import app.tutti.ai.provenance.OriginalityGate;
import app.tutti.ai.provenance.ProvenanceIndex;
import app.tutti.ai.token.GridSong;
import app.tutti.ai.train.DataSplit;
import app.tutti.ai.train.Pop909Dataset;
import app.tutti.ai.train.SongDataset;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What the provenance check adds to a generation: loading the shipped index once, then for each
 * 4-bar passage (of POP909 validation songs, as a continuation would be) the 3 nearest training
 * excerpts and the originality gate's verdict, one passage at a time.
 */
public final class ProvenanceLatency {

    private static final int WARM_UP = 50;
    private static final int BARS = 4;

    private ProvenanceLatency() {
    }

    /** Prints one row of the benchmark table (the bench profile writes it into docs/benchmarks.md). */
    public static void main(String[] args) throws IOException {
        System.out.print(measure(Path.of("src/main/resources/model/provenance.idx"), 300));
    }

    static String measure(Path indexFile, int passages) throws IOException {
        long loadStarted = System.nanoTime();
        ProvenanceIndex index;
        try (InputStream in = Files.newInputStream(indexFile)) {
            index = ProvenanceIndex.read(in);
        }
        double loadMillis = (System.nanoTime() - loadStarted) / 1e6;
        OriginalityGate gate = new OriginalityGate(index, OriginalityGate.DEFAULT_THRESHOLD);
        List<GridSong> excerpts = new ArrayList<>();
        for (GridSong song : Pop909Dataset.builder().dataDir(SongDataset.DEFAULT_DATA_DIR)
                .split(DataSplit.VALIDATION).build().songs()) {
            for (int from = 0; from + BARS <= song.barCount() && excerpts.size() < WARM_UP + passages; from += 8) {
                excerpts.add(song.bars(from, from + BARS));
            }
        }
        double[] millis = new double[excerpts.size() - WARM_UP];
        for (int i = 0; i < excerpts.size(); i++) {
            long started = System.nanoTime();
            gate.check(excerpts.get(i));
            if (i >= WARM_UP) {
                millis[i - WARM_UP] = (System.nanoTime() - started) / 1e6;
            }
        }
        Arrays.sort(millis);
        return String.format(Locale.ROOT, "| %d passages of %d bars | load %.0f ms (%,d patterns) | p50 %.1f ms |"
                + " p99 %.1f ms | max %.1f ms |%n", millis.length, BARS, loadMillis, index.patternCount(),
                millis[millis.length / 2], millis[Math.min(millis.length - 1, (int) Math.ceil(0.99 * millis.length) - 1)],
                millis[millis.length - 1]);
    }
}
