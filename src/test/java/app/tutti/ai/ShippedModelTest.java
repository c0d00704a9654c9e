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
import app.tutti.ai.token.GridNote;
import app.tutti.ai.translate.GenerationCallback;
import app.tutti.ai.translate.MusicConstraint;
import app.tutti.ai.translate.MusicRules;
import app.tutti.ai.translate.Sampler;
import app.tutti.ai.translate.SamplingSettings;
import app.tutti.ai.translate.TokenConstraint;
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

    @Test
    void with_rules_every_new_note_keeps_them_and_without_rules_some_do_not() throws Exception {
        Path data = SharedData.require("pop909").root();
        RemiTokenizer tokenizer = new RemiTokenizer(RemiVocabulary.readFrom(modelDir().resolve("vocabulary.txt")));
        GridSong song = Pop909Dataset.builder().dataDir(data).split(DataSplit.VALIDATION).limit(1).build().songs()
                .getFirst();
        int[] tokens = tokenizer.encode(song).stream().mapToInt(Integer::intValue).toArray();
        int[] prompt = Arrays.copyOf(tokens, tokenizer.startOfBar(tokens, 5));
        MusicRules rules = MusicRules.NONE.inKey(song.controls().key()).pitchRange(60, 72).polyphony(1).onlyTrack(0);
        try (MusicModel model = MusicModel.load(modelDir())) {
            Generator generator = new Generator(model);
            SamplingSettings settings = new SamplingSettings(1.0f, 0, 0.95f, 0);
            List<GridNote> kept = newNotes(tokenizer, prompt, generator.continuePrompt(prompt, 160,
                    new Sampler(settings, 7), new MusicConstraint(tokenizer, rules), GenerationCallback.CONTINUE));
            List<GridNote> free = newNotes(tokenizer, prompt, generator.continuePrompt(prompt, 160,
                    new Sampler(settings, 7), TokenConstraint.NONE, GenerationCallback.CONTINUE));

            assertThat(kept).isNotEmpty().allSatisfy(note -> {
                assertThat(note.track()).isZero();
                assertThat(note.pitch()).isBetween(60, 72);
                assertThat(rules.key().contains(note.pitch())).isTrue();
            });
            assertThat(kept).allSatisfy(note -> assertThat(kept.stream().filter(other -> other.startStep()
                    <= note.startStep() && note.startStep() < other.startStep() + other.durationSteps())).hasSize(1));
            assertThat(free).anySatisfy(note -> assertThat(note.track() != 0 || note.pitch() < 60 || note.pitch() > 72
                    || !rules.key().contains(note.pitch())).isTrue());
        }
    }

    private static List<GridNote> newNotes(RemiTokenizer tokenizer, int[] prompt, int[] continuation) {
        int[] all = Arrays.copyOf(prompt, prompt.length + continuation.length);
        System.arraycopy(continuation, 0, all, prompt.length, continuation.length);
        List<GridNote> before = tokenizer.decode(Arrays.stream(prompt).boxed().toList()).notes();
        List<GridNote> after = tokenizer.decode(Arrays.stream(all).boxed().toList()).notes();
        return after.subList(before.size(), after.size());
    }
}
