package app.tutti.ai.train;

import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.Trainer;
import app.tutti.ai.model.Checkpoint;
import app.tutti.ai.model.CheckpointDirectory;
import app.tutti.ai.model.MusicTransformerBlock;
import app.tutti.ai.model.TorchThreads;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Trains a {@link MusicTransformerBlock} on token windows: AdamW with warm-up and decay, global
 * gradient clipping, periodic validation and checkpoints. If the checkpoint directory already
 * holds a checkpoint of the same model, the run resumes from it.
 *
 * <p>Determinism: with the same seed, data and thread count the loss curve is the same from run
 * to run (PyTorch CPU kernels are deterministic for a fixed thread count). A resumed run continues
 * exactly as an uninterrupted one with the same arguments: the batches and the dropout of step s
 * depend only on (seed, s), and AdamW's moments are saved with each checkpoint.
 */
public final class TrainMusicTransformer {

    private final TrainingArguments arguments;

    public TrainMusicTransformer(TrainingArguments arguments) {
        this.arguments = arguments;
    }

    /** Trains until {@code maxSteps}; {@code validation} may be null to skip validation. */
    public TrainingResult fit(TokenBatches training, @Nullable TokenBatches validation) throws IOException {
        return fit(training, validation, arguments.maxSteps());
    }

    /**
     * Trains until step {@code pauseAt} (at most {@code maxSteps}) and saves a checkpoint there, so
     * a later run with the same arguments carries on as if never stopped.
     */
    public TrainingResult fit(TokenBatches training, @Nullable TokenBatches validation, long pauseAt)
            throws IOException {
        if (training.context() != arguments.config().context()) {
            throw new IllegalArgumentException("The batches' context differs from the model's");
        }
        long started = System.nanoTime();
        new TorchThreads(arguments.threads()).apply();
        @Nullable CheckpointDirectory checkpoints = arguments.checkpointDir() == null ? null
                : new CheckpointDirectory(arguments.checkpointDir());
        Optional<Checkpoint> resumed = checkpoints == null ? Optional.empty() : resumePoint(checkpoints);
        long firstStep = resumed.map(Checkpoint::step).orElse(0L);
        Engine.getInstance().setRandomSeed((int) arguments.seed()); // the initial weights
        try (Model model = Model.newInstance("music-transformer", "PyTorch")) {
            MusicTransformerBlock block = new MusicTransformerBlock(arguments.config());
            model.setBlock(block);
            if (checkpoints != null && resumed.isPresent()) {
                checkpoints.loadParameters(block, model.getNDManager(), resumed.get().parametersFile());
            }
            LearningRateSchedule schedule = new LearningRateSchedule(arguments.learningRate(),
                    arguments.warmupSteps(), arguments.maxSteps(), arguments.decay(), firstStep);
            ResumableAdamW optimizer = new ResumableAdamW(schedule, 0.99f, 0.01f, firstStep);
            if (checkpoints != null && resumed.isPresent()) {
                restoreOptimizer(checkpoints, resumed.get(), optimizer, block, model);
            }
            try (Trainer trainer = model.newTrainer(new DefaultTrainingConfig(new SequenceCrossEntropyLoss())
                    .optOptimizer(optimizer))) {
                trainer.initialize(new Shape(arguments.batchSize(), arguments.config().context()));
                TrainingRun run = new TrainingRun(arguments, trainer, block, optimizer, schedule, resumed, checkpoints);
                return run.trainUntil(Math.min(pauseAt, arguments.maxSteps()), training, validation, started);
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

    /** Checkpoints written before the optimizer state was saved resume with fresh moments. */
    private static void restoreOptimizer(CheckpointDirectory checkpoints, Checkpoint resumed,
            ResumableAdamW optimizer, MusicTransformerBlock block, Model model) throws IOException {
        Optional<Path> state = checkpoints.optimizerState(resumed);
        if (state.isPresent()) {
            optimizer.load(block, model.getNDManager(), state.get());
        } else {
            System.err.println("No optimizer state beside step " + resumed.step() + ": AdamW's moments start afresh");
        }
    }

    static Duration since(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }
}
