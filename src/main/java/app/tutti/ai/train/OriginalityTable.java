package app.tutti.ai.train;

import app.tutti.ai.token.GridSong;
import java.util.List;
import java.util.Locale;

/**
 * The model card's section on originality: for each continuation, the longest run of its bars
 * copied from a training song ({@link VerbatimCopies}); the goal is that no transformer
 * continuation copies 4 bars or more.
 */
record OriginalityTable(VerbatimCopies copies, List<ContinuationEvaluation.Result> results) {

    static final int GOAL_BARS = 4;

    String markdown() {
        List<GridSong> realSongs = results.stream().map(ContinuationEvaluation.Result::realSong).distinct().toList();
        int[] real = histogram(realSongs);
        int[] transformer = histogram(results.stream().map(ContinuationEvaluation.Result::transformerSong).toList());
        int[] baseline = histogram(results.stream().map(ContinuationEvaluation.Result::baselineSong).toList());
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, """

                ## Originality
                %d continuations (%d bars each, two seeds per test song) are compared bar by bar with every
                training song (POP909 001–809 and the training chorales): the longest run of consecutive bars
                equal to consecutive bars of one training song, note for note (position, length, pitch; track
                and velocity ignored) at one transposition. Empty bars never count. Goal: no transformer
                continuation copies %d bars or more. (The real column counts each test song's real bars once.)

                | longest copied run | real continuation (%d) | transformer (%d) | 4-gram baseline (%d) |
                |---|---:|---:|---:|
                """, results.size(), ContinuationEvaluation.CONTINUATION_BARS, GOAL_BARS, realSongs.size(),
                results.size(), results.size()));
        for (int bars = 0; bars <= ContinuationEvaluation.CONTINUATION_BARS; bars++) {
            table.append(String.format(Locale.ROOT, "| %d bar%s | %d | %d | %d |%n", bars, bars == 1 ? "" : "s",
                    real[bars], transformer[bars], baseline[bars]));
        }
        table.append(String.format(Locale.ROOT, "%nTransformer continuations copying %d bars or more: **%d of %d**.%n",
                GOAL_BARS, countAtLeast(transformer, GOAL_BARS), results.size()));
        return table.toString();
    }

    private int[] histogram(List<GridSong> songs) {
        int[] counts = new int[ContinuationEvaluation.CONTINUATION_BARS + 1];
        int from = ContinuationEvaluation.PROMPT_BARS;
        for (GridSong song : songs) {
            int run = copies.longestRun(song, from, from + ContinuationEvaluation.CONTINUATION_BARS);
            counts[Math.min(run, counts.length - 1)]++;
        }
        return counts;
    }

    private static int countAtLeast(int[] histogram, int bars) {
        int count = 0;
        for (int i = bars; i < histogram.length; i++) {
            count += histogram[i];
        }
        return count;
    }
}
