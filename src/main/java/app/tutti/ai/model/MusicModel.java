package app.tutti.ai.model;

import ai.djl.Model;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.ParameterStore;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A trained music transformer loaded for inference. It owns the native memory of the weights:
 * open it once, share it between threads (forward passes only read the weights) and close it when
 * the app stops. Per-request arrays go on a {@link #newManager() sub-manager} the caller closes.
 */
public final class MusicModel implements AutoCloseable {

    private final Model model;
    private final MusicTransformerBlock block;

    private MusicModel(Model model, MusicTransformerBlock block) {
        this.model = model;
        this.block = block;
    }

    /**
     * Loads the serving weights (best validated, else latest) of the checkpoint in {@code directory}
     * and sets PyTorch's thread count from the environment ({@link TorchThreads}).
     */
    public static MusicModel load(Path directory) throws IOException {
        CheckpointDirectory checkpoints = new CheckpointDirectory(directory);
        Checkpoint checkpoint = checkpoints.latest()
                .orElseThrow(() -> new IOException("No checkpoint in " + directory));
        TorchThreads.fromEnvironment().apply();
        Model model = Model.newInstance("music-transformer", "PyTorch");
        try {
            MusicTransformerBlock block = new MusicTransformerBlock(checkpoint.config());
            checkpoints.loadParameters(block, model.getNDManager(), checkpoint.servingParametersFile());
            model.setBlock(block);
            return new MusicModel(model, block);
        } catch (IOException | RuntimeException e) {
            model.close();
            throw e;
        }
    }

    /** How many weights the model has (the tied embedding counted once). */
    public long parameterCount() {
        return block.getParameters().values().stream().mapToLong(p -> p.getArray().size()).sum();
    }

    public ModelConfig config() {
        return block.config();
    }

    /** A manager for one request's arrays; close it when the request is done. */
    public NDManager newManager() {
        return model.getNDManager().newSubManager();
    }

    /**
     * Runs the block without recording gradients (on the calling thread, where PyTorch keeps that
     * switch). Inputs and outputs are as documented on {@link MusicTransformerBlock}; the outputs
     * belong to the inputs' manager.
     */
    public NDList forward(NDList inputs) {
        JniUtils.setGradMode(false);
        return block.forward(new ParameterStore(model.getNDManager(), false), inputs, false);
    }

    @Override
    public void close() {
        model.close();
    }
}
