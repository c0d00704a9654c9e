package app.tutti.ai.train;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import app.tutti.ai.model.Checkpoint;
import app.tutti.ai.model.CheckpointDirectory;
import app.tutti.ai.model.MusicTransformerBlock;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The step loop of one {@link TrainMusicTransformer#fit} call, with its validation and checkpoints. */
final class TrainingRun {

    private final TrainingArguments arguments;
    private final Trainer trainer;
    private final MusicTransformerBlock block;
    private final ResumableAdamW optimizer;
    private final LearningRateSchedule schedule;
    private final @Nullable CheckpointDirectory checkpoints;
    private final long firstStep;
    private double bestLoss;
    private @Nullable String bestFile;

    TrainingRun(TrainingArguments arguments, Trainer trainer, MusicTransformerBlock block, ResumableAdamW optimizer,
            LearningRateSchedule schedule, Optional<Checkpoint> resumed, @Nullable CheckpointDirectory checkpoints) {
        this.arguments = arguments;
        this.trainer = trainer;
        this.block = block;
        this.optimizer = optimizer;
        this.schedule = schedule;
        this.checkpoints = checkpoints;
        this.firstStep = resumed.map(Checkpoint::step).orElse(0L);
        this.bestLoss = resumed.map(Checkpoint::bestValidationLoss).orElse(Double.NaN);
        this.bestFile = resumed.map(Checkpoint::bestParametersFile).orElse(null);
    }

    TrainingResult trainUntil(long endStep, TokenBatches training, @Nullable TokenBatches validation,
            long startedNanos) throws IOException {
        GradientClipping clipping = new GradientClipping(arguments.gradientClipNorm());
        TrainingProgress progress = new TrainingProgress(firstStep, arguments.maxSteps(), arguments.tokensPerStep(),
                arguments.logEvery());
        for (long step = firstStep; step < endStep; step++) {
            TokenBatch batch = training.trainingBatch(arguments.seed(), step, arguments.batchSize());
            long stepStarted = System.nanoTime();
            StepOutcome outcome = step(step, batch, clipping);
            progress.stepDone(step, outcome.loss(), System.nanoTime() - stepStarted, schedule.at(step),
                    outcome.gradientNorm());
            boolean last = step + 1 == endStep;
            boolean improved = validation != null && due(step, arguments.validateEvery(), last)
                    && validate(step, validation, progress);
            if (checkpoints != null && (improved || due(step, arguments.checkpointEvery(), last))) {
                save(checkpoints, step + 1);
            }
        }
        return new TrainingResult(Math.max(firstStep, endStep), progress.lastIntervalLoss(),
                Math.exp(bestLoss), progress.tokensPerSecond(), TrainMusicTransformer.since(startedNanos),
                progress.losses());
    }

    private record StepOutcome(float loss, float gradientNorm) {
    }

    /** One optimizer step on {@code batch}: forward, loss, backward, clipping, update. */
    private StepOutcome step(long step, TokenBatch batch, GradientClipping clipping) {
        // Dropout of step s depends only on (seed, s), like its batch, so a resumed run matches.
        Engine.getInstance().setRandomSeed((int) (arguments.seed() * 1_000_003L + step));
        try (NDManager manager = trainer.getManager().newSubManager()) {
            NDList inputs = new NDList(tokens(manager, batch.inputs(), batch));
            NDList labels = new NDList(tokens(manager, batch.labels(), batch));
            float loss;
            try (GradientCollector collector = trainer.newGradientCollector()) {
                NDArray lossValue = trainer.getLoss().evaluate(labels, trainer.forward(inputs));
                collector.backward(lossValue);
                loss = lossValue.getFloat();
            }
            float gradientNorm = clipping.apply(block, manager);
            trainer.step();
            return new StepOutcome(loss, gradientNorm);
        }
    }

    private static NDArray tokens(NDManager manager, long[] tokens, TokenBatch batch) {
        return manager.create(tokens, new Shape(batch.rows(), batch.length()));
    }

    private static boolean due(long step, int every, boolean last) {
        return every > 0 && ((step + 1) % every == 0 || last);
    }

    /** Validates and returns whether this is the best validation loss so far. */
    private boolean validate(long step, TokenBatches validation, TrainingProgress progress) {
        double meanLoss = meanLoss(validation.validationBatches(arguments.batchSize(), arguments.validationBatches()));
        boolean improved = Double.isNaN(bestLoss) || meanLoss < bestLoss;
        if (improved) {
            bestLoss = meanLoss;
            bestFile = checkpoints == null ? null : CheckpointDirectory.parametersFileFor(step + 1);
        }
        progress.validated(step, meanLoss, bestLoss);
        return improved;
    }

    private double meanLoss(List<TokenBatch> batches) {
        double total = 0;
        long tokens = 0;
        for (TokenBatch batch : batches) {
            try (NDManager manager = trainer.getManager().newSubManager()) {
                NDList inputs = new NDList(tokens(manager, batch.inputs(), batch));
                NDList labels = new NDList(tokens(manager, batch.labels(), batch));
                total += trainer.getLoss().evaluate(labels, trainer.evaluate(inputs)).getFloat() * batch.tokens();
                tokens += batch.tokens();
            }
        }
        return total / tokens;
    }

    private void save(CheckpointDirectory directory, long steps) throws IOException {
        directory.save(block, new Checkpoint(arguments.config(), steps, arguments.seed(), bestLoss,
                CheckpointDirectory.parametersFileFor(steps), bestFile), file -> optimizer.save(block, file));
    }
}
