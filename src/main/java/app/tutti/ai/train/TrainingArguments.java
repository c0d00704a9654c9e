package app.tutti.ai.train;

import app.tutti.ai.model.ModelConfig;
import app.tutti.ai.model.TorchThreads;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Everything one training run needs besides the data.
 *
 * @param config the model to train
 * @param batchSize windows per optimizer step
 * @param learningRate peak learning rate, reached after {@code warmupSteps}
 * @param warmupSteps steps of linear warm-up from near zero
 * @param maxSteps total optimizer steps of the run (a resumed run counts the steps already taken)
 * @param decay how the learning rate falls after warm-up, down to a tenth of the peak at {@code maxSteps}
 * @param gradientClipNorm largest global gradient norm; larger gradients are scaled down; 0 turns it off
 * @param validateEvery validate every so many steps and at the end; 0 never validates
 * @param validationBatches at most this many validation batches per validation
 * @param logEvery log loss, speed and time left every so many steps
 * @param checkpointDir where checkpoints go and where a run resumes from; null keeps nothing
 * @param checkpointEvery save every so many steps and at the end
 * @param seed fixes initial weights, data order and dropout
 * @param threads PyTorch intra-op threads
 */
public record TrainingArguments(ModelConfig config, int batchSize, float learningRate, int warmupSteps,
        int maxSteps, LearningRateSchedule.Decay decay, float gradientClipNorm, int validateEvery,
        int validationBatches, int logEvery, @Nullable Path checkpointDir, int checkpointEvery, long seed,
        int threads) {

    public TrainingArguments {
        if (batchSize < 1 || maxSteps < 1 || warmupSteps < 0 || validationBatches < 1 || logEvery < 1
                || checkpointEvery < 1 || validateEvery < 0 || threads < 1) {
            throw new IllegalArgumentException("Sizes, steps and intervals must be positive");
        }
        if (!(learningRate > 0) || !(gradientClipNorm >= 0)) {
            throw new IllegalArgumentException("The learning rate must be positive and the clip norm not negative");
        }
    }

    /** Sensible defaults: batch 16, AdamW at 1e-3, 5 % warm-up, cosine decay, clip at 1. */
    public static TrainingArguments of(ModelConfig config, int maxSteps) {
        return new TrainingArguments(config, 16, 1e-3f, Math.max(1, maxSteps / 20), maxSteps,
                LearningRateSchedule.Decay.COSINE, 1f, 0, 8, 50, null, 500, 1,
                TorchThreads.fromEnvironment().intraOp());
    }

    public TrainingArguments withBatchSize(int newBatchSize) {
        return new TrainingArguments(config, newBatchSize, learningRate, warmupSteps, maxSteps, decay,
                gradientClipNorm, validateEvery, validationBatches, logEvery, checkpointDir, checkpointEvery, seed,
                threads);
    }

    public TrainingArguments withMaxSteps(int newMaxSteps) {
        return new TrainingArguments(config, batchSize, learningRate, warmupSteps, newMaxSteps, decay,
                gradientClipNorm, validateEvery, validationBatches, logEvery, checkpointDir, checkpointEvery, seed,
                threads);
    }

    public TrainingArguments withLearningRate(float peak, int newWarmupSteps) {
        return new TrainingArguments(config, batchSize, peak, newWarmupSteps, maxSteps, decay, gradientClipNorm,
                validateEvery, validationBatches, logEvery, checkpointDir, checkpointEvery, seed, threads);
    }

    public TrainingArguments withValidation(int every, int batches) {
        return new TrainingArguments(config, batchSize, learningRate, warmupSteps, maxSteps, decay,
                gradientClipNorm, every, batches, logEvery, checkpointDir, checkpointEvery, seed, threads);
    }

    public TrainingArguments withCheckpoints(Path directory, int every) {
        return new TrainingArguments(config, batchSize, learningRate, warmupSteps, maxSteps, decay,
                gradientClipNorm, validateEvery, validationBatches, logEvery, directory, every, seed, threads);
    }

    public TrainingArguments withSeed(long newSeed) {
        return new TrainingArguments(config, batchSize, learningRate, warmupSteps, maxSteps, decay,
                gradientClipNorm, validateEvery, validationBatches, logEvery, checkpointDir, checkpointEvery, newSeed,
                threads);
    }

    public TrainingArguments withLogEvery(int steps) {
        return new TrainingArguments(config, batchSize, learningRate, warmupSteps, maxSteps, decay,
                gradientClipNorm, validateEvery, validationBatches, steps, checkpointDir, checkpointEvery, seed,
                threads);
    }

    public TrainingArguments withThreads(int newThreads) {
        return new TrainingArguments(config, batchSize, learningRate, warmupSteps, maxSteps, decay,
                gradientClipNorm, validateEvery, validationBatches, logEvery, checkpointDir, checkpointEvery, seed,
                newThreads);
    }

    /** Tokens the model reads per step. */
    public long tokensPerStep() {
        return (long) batchSize * config.context();
    }
}
