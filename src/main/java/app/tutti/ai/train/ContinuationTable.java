package app.tutti.ai.train;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/** The model card's section on continuations: averages over the test songs, side by side. */
record ContinuationTable(List<ContinuationEvaluation.Result> results) {

    String markdown() {
        return String.format(Locale.ROOT, """

                ## Continuations of test songs
                Each of %d POP909 test songs is cut after bar %d; the real bars %d–%d are compared with
                what the transformer (temperature %.1f, top-p %.2f) and the 4-gram baseline write after the
                same prompt (seeded, so the numbers repeat). Averages per song:

                | | real continuation | transformer | 4-gram baseline |
                |---|---:|---:|---:|
                | notes in key (the song's estimated key) | %.1f %% | %.1f %% | %.1f %% |
                | pitch-class histogram distance to the real bars (L1, 0–2) | 0 | %.3f | %.3f |
                | notes per bar | %.1f | %.1f | %.1f |
                | mean note length (16ths) | %.2f | %.2f | %.2f |
                """, results.size(), ContinuationEvaluation.PROMPT_BARS, ContinuationEvaluation.PROMPT_BARS + 1,
                ContinuationEvaluation.PROMPT_BARS + ContinuationEvaluation.CONTINUATION_BARS,
                ContinuationEvaluation.SAMPLING.temperature(), ContinuationEvaluation.SAMPLING.topP(),
                100 * mean(r -> r.real().inKeyRate()), 100 * mean(r -> r.transformer().inKeyRate()),
                100 * mean(r -> r.baseline().inKeyRate()),
                mean(r -> r.transformer().pitchClassDistance(r.real())),
                mean(r -> r.baseline().pitchClassDistance(r.real())),
                mean(r -> r.real().notesPerBar()), mean(r -> r.transformer().notesPerBar()),
                mean(r -> r.baseline().notesPerBar()),
                mean(r -> r.real().meanDurationSteps()), mean(r -> r.transformer().meanDurationSteps()),
                mean(r -> r.baseline().meanDurationSteps()));
    }

    private double mean(ToDoubleFunction<ContinuationEvaluation.Result> metric) {
        return results.stream().mapToDouble(metric).average().orElse(Double.NaN);
    }
}
