package app.tutti.ai.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tutti.ai.model.Checkpoint;
import app.tutti.ai.model.CheckpointDirectory;
import app.tutti.ai.model.ModelConfig;
import app.tutti.ai.model.MusicModel;
import app.tutti.ai.translate.Generator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainMusicTransformerTest {

    private static final ModelConfig TINY = new ModelConfig(8, 32, 2, 1, 64, 16, 0f);
    private static final List<int[]> PATTERN = List.of(IntStream.range(0, 800).map(i -> 1 + i % 4).toArray());

    @TempDir
    Path directory;

    @Test
    void two_batches_with_validation_leave_a_checkpoint_and_a_finite_perplexity() throws IOException {
        TrainingArguments arguments = arguments(TINY.withDropout(0.1f), 2).withBatchSize(4)
                .withValidation(1, 2).withCheckpoints(directory, 100);
        TrainingResult result = new TrainMusicTransformer(arguments).fit(batches(randomTokens(1)),
                batches(randomTokens(2)));
        assertThat(result.steps()).isEqualTo(2);
        assertThat(result.losses()).hasSize(2);
        assertThat(result.bestValidationPerplexity()).isFinite().isGreaterThan(1);
        assertThat(result.tokensPerSecond()).isPositive();
        Checkpoint checkpoint = new CheckpointDirectory(directory).latest().orElseThrow();
        assertThat(checkpoint.step()).isEqualTo(2);
        assertThat(checkpoint.bestParametersFile()).isNotNull();
        assertThat(Math.exp(checkpoint.bestValidationLoss())).isEqualTo(result.bestValidationPerplexity());
    }

    @Test
    void a_repeated_pattern_is_learned_and_continued() throws IOException {
        TrainingArguments arguments = arguments(TINY, 120).withBatchSize(8).withLearningRate(1e-2f, 10)
                .withCheckpoints(directory, 1000);
        TrainingResult result = new TrainMusicTransformer(arguments).fit(batches(PATTERN), null);
        assertThat(result.finalTrainLoss()).isLessThan(0.1f * (float) Math.log(8));
        try (MusicModel model = MusicModel.load(directory)) {
            int[] continuation = new Generator(model).continueGreedily(new int[] {1, 2, 3}, 40);
            assertThat(continuation).containsExactly(IntStream.range(0, 40).map(i -> 1 + (i + 3) % 4).toArray());
            assertThat(TransformerPerplexity.of(model, PATTERN)).as("the learned pattern").isLessThan(1.2);
            assertThat(TransformerPerplexity.of(model, randomTokens(3))).as("random tokens").isGreaterThan(4);
        }
    }

    @Test
    void a_run_resumes_from_the_latest_checkpoint() throws IOException {
        TrainingArguments arguments = arguments(TINY, 6).withBatchSize(4).withCheckpoints(directory, 3);
        new TrainMusicTransformer(arguments).fit(batches(PATTERN), null);
        TrainingResult resumed = new TrainMusicTransformer(arguments.withMaxSteps(10)).fit(batches(PATTERN), null);
        assertThat(resumed.steps()).isEqualTo(10);
        assertThat(resumed.losses()).hasSize(4);
        assertThat(new CheckpointDirectory(directory).latest().orElseThrow().step()).isEqualTo(10);
    }

    @Test
    void a_resumed_run_ends_with_the_same_weights_as_an_uninterrupted_one(@TempDir Path other) throws IOException {
        TrainingArguments whole = arguments(TINY.withDropout(0.1f), 6).withBatchSize(4).withCheckpoints(directory, 3);
        List<Float> uninterrupted = new TrainMusicTransformer(whole).fit(batches(randomTokens(5)), null).losses();

        TrainingArguments split = whole.withCheckpoints(other, 3);
        List<Float> firstHalf = new TrainMusicTransformer(split).fit(batches(randomTokens(5)), null, 3).losses();
        assertThat(new CheckpointDirectory(other).optimizerState(new CheckpointDirectory(other).latest().orElseThrow()))
                .as("optimizer state saved with the checkpoint").isPresent();
        List<Float> secondHalf = new TrainMusicTransformer(split).fit(batches(randomTokens(5)), null).losses();

        assertThat(firstHalf).containsExactlyElementsOf(uninterrupted.subList(0, 3));
        assertThat(secondHalf).containsExactlyElementsOf(uninterrupted.subList(3, 6));
        assertThat(Files.readAllBytes(other.resolve(CheckpointDirectory.parametersFileFor(6))))
                .isEqualTo(Files.readAllBytes(directory.resolve(CheckpointDirectory.parametersFileFor(6))));
    }

    @Test
    void resuming_a_different_model_is_refused() throws IOException {
        TrainingArguments arguments = arguments(TINY, 1).withBatchSize(2).withCheckpoints(directory, 1);
        new TrainMusicTransformer(arguments).fit(batches(PATTERN), null);
        TrainingArguments wider = arguments(new ModelConfig(8, 64, 2, 1, 64, 16, 0f), 2).withBatchSize(2)
                .withCheckpoints(directory, 1);
        assertThatThrownBy(() -> new TrainMusicTransformer(wider).fit(batches(PATTERN), null))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void the_same_seed_and_data_give_the_same_losses() throws IOException {
        TrainingArguments arguments = arguments(TINY.withDropout(0.1f), 5).withBatchSize(4).withSeed(3);
        List<int[]> data = randomTokens(3);
        List<Float> first = new TrainMusicTransformer(arguments).fit(batches(data), null).losses();
        List<Float> second = new TrainMusicTransformer(arguments).fit(batches(data), null).losses();
        List<Float> otherSeed = new TrainMusicTransformer(arguments.withSeed(4)).fit(batches(data), null).losses();
        assertThat(second).containsExactlyElementsOf(first);
        assertThat(otherSeed).isNotEqualTo(first);
    }

    /** Tiny models run fastest, and least disturbed by other work on the machine, on one thread. */
    private static TrainingArguments arguments(ModelConfig config, int steps) {
        return TrainingArguments.of(config, steps).withThreads(1);
    }

    private static TokenBatches batches(List<int[]> sequences) {
        return new TokenBatches(sequences, TINY.context(), TINY.vocabSize());
    }

    private static List<int[]> randomTokens(long seed) {
        return List.of(new Random(seed).ints(300, 0, TINY.vocabSize()).toArray());
    }
}
