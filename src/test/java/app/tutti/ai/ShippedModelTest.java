package app.tutti.ai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.tutti.ai.model.MusicModel;
import app.tutti.ai.token.GridSong;
import app.tutti.ai.token.RemiTokenizer;
import app.tutti.ai.token.RemiVocabulary;
import app.tutti.ai.train.DataSplit;
import app.tutti.ai.train.Pop909Dataset;
import app.tutti.ai.train.TransformerPerplexity;
import app.tutti.ai.translate.Generator;
import app.tutti.testsupport.SharedData;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** The checkpoint that ships in the jar: it loads, beats the n-gram baseline and writes music. */
class ShippedModelTest {

    /** The 4-gram baseline's validation perplexity (docs/model-card.md); the goal is 25 % lower. */
    private static final double BASELINE_VALIDATION_PERPLEXITY = 7.379;
    /** The shipped model's perplexity on the first five validation songs, as the model card states it. */
    private static final double MODEL_CARD_SLICE_PERPLEXITY = 3.0573;

    private static Path modelDir() throws URISyntaxException {
        var properties = Objects.requireNonNull(ShippedModelTest.class.getResource("/model/checkpoint.properties"),
                "the shipped model is missing from src/main/resources/model");
        return Path.of(properties.toURI()).getParent();
    }

    @Test
    void the_shipped_model_reproduces_the_model_card_and_beats_the_baseline_by_a_quarter() throws Exception {
        Path data = SharedData.require("pop909").root();
        RemiTokenizer tokenizer = new RemiTokenizer(RemiVocabulary.readFrom(modelDir().resolve("vocabulary.txt")));
        List<int[]> songs = Pop909Dataset.builder().dataDir(data).split(DataSplit.VALIDATION).limit(5).build()
                .sequences(tokenizer).stream().map(s -> s.stream().mapToInt(Integer::intValue).toArray()).toList();
        try (MusicModel model = MusicModel.load(modelDir())) {
            assertThat(model.config().vocabSize()).isEqualTo(tokenizer.vocabulary().size());
            double perplexity = TransformerPerplexity.of(model, songs);
            assertThat(perplexity).isCloseTo(MODEL_CARD_SLICE_PERPLEXITY, within(0.01 * MODEL_CARD_SLICE_PERPLEXITY));
            assertThat(perplexity).isLessThan(0.75 * BASELINE_VALIDATION_PERPLEXITY);
        }
    }

    @Test
    void it_continues_a_song_with_notes() throws Exception {
        Path data = SharedData.require("pop909").root();
        RemiTokenizer tokenizer = new RemiTokenizer(RemiVocabulary.readFrom(modelDir().resolve("vocabulary.txt")));
        GridSong song = Pop909Dataset.builder().dataDir(data).split(DataSplit.VALIDATION).limit(1).build().songs()
                .getFirst();
        int[] prompt = tokenizer.encode(song).stream().limit(300).mapToInt(Integer::intValue).toArray();
        try (MusicModel model = MusicModel.load(modelDir())) {
            int[] continuation = new Generator(model).continueGreedily(prompt, 200);
            int[] all = Arrays.copyOf(prompt, prompt.length + continuation.length);
            System.arraycopy(continuation, 0, all, prompt.length, continuation.length);
            GridSong decoded = tokenizer.decode(Arrays.stream(all).boxed().toList());
            GridSong promptOnly = tokenizer.decode(Arrays.stream(prompt).boxed().toList());
            assertThat(decoded.notes().size()).isGreaterThan(promptOnly.notes().size());
        }
    }
}
