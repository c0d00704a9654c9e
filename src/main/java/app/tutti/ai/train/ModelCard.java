package app.tutti.ai.train;

import app.tutti.ai.model.Checkpoint;
import app.tutti.ai.model.CheckpointDirectory;
import app.tutti.ai.model.ModelConfig;
import app.tutti.ai.token.RemiVocabulary;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

/** Writes docs/model-card.md from an evaluation: data, licences, size, metrics and the commands. */
final class ModelCard {

    private static final String LIMITATIONS = """

            ## Limitations
            - Small (0.5 M weights, 256-token context ≈ 2–3 bars of POP909 piano texture): it keeps key and
              rhythm locally but has no long-range form; continuations drift after a few bars.
            - Trained on Chinese pop piano arrangements and Bach chorales only, on a 16th-note grid (no
              triplets), up to four tracks, pitches A0–C8, notes up to two bars long.
            - Velocity is coarse (8 levels) and tempo is bucketed; no drums, no expressive timing.
            - The key control is estimated from the notes (Krumhansl–Schmuckler), so it can be wrong for
              modal or chromatic music.
            - It can reproduce fragments of its training songs. The originality section below counts verbatim
              copies of whole bars; near-copies (a note changed here and there) are not caught by that count.
            """;

    private final ModelEvaluation evaluation;
    private final Path modelDir;

    ModelCard(ModelEvaluation evaluation, Path modelDir) {
        this.evaluation = evaluation;
        this.modelDir = modelDir;
    }

    String markdown() throws IOException {
        ModelConfig config = evaluation.config();
        Checkpoint checkpoint = new CheckpointDirectory(modelDir).latest().orElseThrow();
        BaselineResult baseline = evaluation.baseline();
        return String.format(Locale.ROOT, """
                # Model card: Tutti music transformer (%s)

                Written by `java -jar target/tutti.jar eval --model %s` on %s.

                ## What it is
                A decoder-only transformer over REMI-like music tokens (vocabulary `%s`, %d tokens), written
                as DJL blocks and trained on the CPU by Tutti's own `train` command. It continues music: given
                the tokens of some bars, it predicts the next token, one at a time.

                | | |
                |---|---|
                | layers × width | %d × %d (%d heads, feed-forward %d) |
                | context | %d tokens |
                | parameters | %,d |
                | trained steps | %d (checkpoint `%s`, seed %d) |

                ## Data and licences
                - **POP909** (MIT licence), songs 001–809 for training, each also transposed ±1 semitone;
                  songs 810–859 for validation; songs 860–909 (test) are never trained on. Credit: Ziyu Wang,
                  Ke Chen, Junyan Jiang, Yiyi Zhang, Maoran Xu, Shuqi Dai, Guxian Bin, Gus Xia, “POP909: A
                  Pop-song Dataset for Music Arrangement Generation”, ISMIR 2020.
                - **J. S. Bach chorales** (public domain), the 229 training chorales of the JSB Chorales data set
                  (Boulanger-Lewandowski et al., 2012).

                ## Perplexity per token (lower is better)
                Both models predict every token after the first of each POP909 song, untransposed.

                | model | validation (%d songs) | test (%d songs) |
                |---|---:|---:|
                | uniform guess | %.0f | %.0f |
                | %d-gram, interpolated Kneser-Ney | %.3f | %.3f |
                | **transformer** | **%.3f** | **%.3f** |
                | improvement over the %d-gram | %.1f %% | %.1f %% |

                On the first %d validation songs alone (810–814) the transformer's perplexity is %.4f;
                `ShippedModelTest` re-measures that slice and must land within 1 %%.

                The goal is at least 25 %% lower perplexity than the n-gram baseline.

                ![Training and validation loss](training-curve.png)

                Sample continuations (8 bars of a test song, then 4 bars by the model, temperature 1.0,
                top-p 0.95): [1](samples/continuation-1.mid), [2](samples/continuation-2.mid),
                [3](samples/continuation-3.mid).

                ## How it was made
                ```
                java --enable-native-access=ALL-UNNAMED -Dai.djl.offline=true -jar target/tutti.jar train \\
                     --data ../shared/data --size small --steps %d --transpose 1 --seed %d --out target/model
                java --enable-native-access=ALL-UNNAMED -Dai.djl.offline=true -jar target/tutti.jar eval \\
                     --data ../shared/data --model target/model
                ```
                """, RemiVocabulary.VERSION, modelDir, LocalDate.now(), RemiVocabulary.VERSION, config.vocabSize(),
                config.layers(), config.dModel(), config.heads(), config.ffHidden(), config.context(),
                evaluation.parameters(), checkpoint.step(), checkpoint.servingParametersFile(), checkpoint.seed(),
                baseline.validationSongs(), baseline.testSongs(), baseline.uniformPerplexity(),
                baseline.uniformPerplexity(), baseline.order(), baseline.validationPerplexity(),
                baseline.testPerplexity(), evaluation.validationPerplexity(), evaluation.testPerplexity(),
                baseline.order(), 100 * evaluation.validationImprovement(), 100 * evaluation.testImprovement(),
                ModelEvaluation.SLICE_SONGS, evaluation.sliceValidationPerplexity(),
                checkpoint.step(), checkpoint.seed()) + LIMITATIONS;
    }
}
