package app.tutti.ai.train;

import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.Trainer;
import ai.djl.training.optimizer.AdamW;
import app.tutti.ai.model.Checkpoint;
import app.tutti.ai.model.CheckpointDirectory;
import app.tutti.ai.model.MusicTransformerBlock;
import app.tutti.ai.model.TorchThreads;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Trains a {@link MusicTransformerBlock} on token windows: AdamW with warm-up and decay, global
 * gradient clipping, periodic validation and checkpoints. If the checkpoint directory already
 * holds a checkpoint of the same model, the run resumes from it.
 *
 * <p>Determinism: with the same seed, data and thread count the loss curve is the same from run
 * to run (PyTorch CPU kernels are deterministic for a fixed thread count). A resumed run sees the
 * same batches as an uninterrupted one but restarts AdamW's moment estimates (DJL keeps them
 * private) and reseeds dropout, so its losses differ slightly after the resume point.
 */
public final class TrainMusicTransformer {

    private final TrainingArguments arguments;

    public TrainMusicTransformer(TrainingArguments arguments) {
        this.arguments = arguments;
    }

    /** Trains until {@code maxSteps}; {@code validation} may be null to skip validation. */
    public TrainingResult fit(TokenBatches training, @Nullable TokenBatches validation) throws IOException {
        if (training.context() != arguments.config().context()) {
            throw new IllegalArgumentException("The batches' context differs from the model's");
        }
        long started = System.nanoTime();
        new TorchThreads(arguments.threads()).apply();
        @Nullable CheckpointDirectory checkpoints = arguments.checkpointDir() == null ? null
                : new CheckpointDirectory(arguments.checkpointDir());
        Optional<Checkpoint> resumed = checkpoints == null ? Optional.empty() : resumePoint(checkpoints);
        long firstStep = resumed.map(Checkpoint::step).orElse(0L);
        Engine.getInstance().setRandomSeed((int) (arguments.seed() + firstStep));
        try (Model model = Model.newInstance("music-transformer", "PyTorch")) {
            MusicTransformerBlock block = new MusicTransformerBlock(arguments.config());
            model.setBlock(block);
            if (checkpoints != null && resumed.isPresent()) {
                checkpoints.loadParameters(block, model.getNDManager(), resumed.get().parametersFile());
            }
            LearningRateSchedule schedule = new LearningRateSchedule(arguments.learningRate(),
                    arguments.warmupSteps(), arguments.maxSteps(), arguments.decay(), firstStep);
            try (Trainer trainer = model.newTrainer(trainingConfig(schedule))) {
                trainer.initialize(new Shape(arguments.batchSize(), arguments.config().context()));
                TrainingRun run = new TrainingRun(arguments, trainer, block, schedule, resumed, checkpoints);
                return run.trainUntilDone(training, validation, started);
            }
        }
    }

    private Optional<Checkpoint> resumePoint(CheckpointDirectory checkpoints) throws IOException {
        Optional<Checkpoint> latest = checkpoints.latest();
        if (latest.isPresent() && !latest.get().config().equals(arguments.config())) {
            throw new IllegalStateException("The checkpoint in " + arguments.checkpointDir()
                    + " is of a different model: " + latest.get().config());
        }
        return latest;
    }

    private static DefaultTrainingConfig trainingConfig(LearningRateSchedule schedule) {
        return new DefaultTrainingConfig(new SequenceCrossEntropyLoss())
                .optOptimizer(AdamW.builder().optLearningRateTracker(schedule).optBeta2(0.99f).build());
    }

    static Duration since(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }
}
