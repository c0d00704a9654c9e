package app.tutti.ai.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.ParameterTracker;
import ai.djl.util.Pair;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;

/**
 * AdamW (decoupled weight decay) whose moment estimates are saved beside each checkpoint and read
 * back on resume, so a resumed run continues exactly as an uninterrupted one would. DJL's own
 * {@code AdamW} keeps its moments private; the update here is the same fused engine kernel.
 *
 * <p>The moments are stored by the parameter's path in the block (its id is a fresh random UUID
 * in every run). Bias correction counts the steps taken before the resume.
 */
final class ResumableAdamW extends Optimizer {

    private static final float BETA1 = 0.9f;
    private static final float EPSILON = 1e-8f;
    private static final String MEAN = "mean:";
    private static final String VARIANCE = "variance:";

    private final ParameterTracker learningRate;
    private final float beta2;
    private final long stepsBefore;
    private final Map<String, NDArray> means = new HashMap<>();
    private final Map<String, NDArray> variances = new HashMap<>();

    ResumableAdamW(ParameterTracker learningRate, float beta2, float weightDecay, long stepsBefore) {
        super(new Settings().optWeightDecays(weightDecay));
        this.learningRate = learningRate;
        this.beta2 = beta2;
        this.stepsBefore = stepsBefore;
    }

    @Override
    public void update(String parameterId, NDArray weight, NDArray grad) {
        int localCount = updateCount(parameterId);
        double t = stepsBefore + localCount;
        double coef1 = 1.0 - Math.pow(BETA1, t);
        double coef2 = 1.0 - Math.pow(beta2, t);
        float rate = learningRate.getNewValue(parameterId, localCount);
        float correctedRate = (float) (rate * Math.sqrt(coef2) / coef1);
        if (!Float.isFinite(rate)) {
            throw new IllegalStateException("The learning rate is not finite at step " + t);
        }
        NDArray mean = means.computeIfAbsent(parameterId, id -> weight.zerosLike());
        NDArray variance = variances.computeIfAbsent(parameterId, id -> weight.zerosLike());
        weight.getNDArrayInternal().adamUpdate(new NDList(weight, grad, mean, variance), new NDList(weight),
                correctedRate, rate, getWeightDecay(), rescaleGrad, clipGrad, BETA1, beta2, EPSILON, true, true);
    }

    /** Writes the moments of {@code block}'s parameters to {@code file} (atomically). */
    void save(Block block, Path file) throws IOException {
        NDList state = new NDList();
        for (Pair<String, Parameter> parameter : block.getParameters()) {
            NDArray mean = means.get(parameter.getValue().getId());
            if (mean != null) {
                state.add(named(mean, MEAN + parameter.getKey()));
                state.add(named(variances.get(parameter.getValue().getId()), VARIANCE + parameter.getKey()));
            }
        }
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(temporary)) {
            state.encode(out);
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Reads moments written by {@link #save} for the parameters of {@code block}, owned by {@code manager}. */
    void load(Block block, NDManager manager, Path file) throws IOException {
        Map<String, NDArray> byName = new HashMap<>();
        try (InputStream in = Files.newInputStream(file)) {
            for (NDArray array : NDList.decode(manager, in)) {
                byName.put(array.getName(), array);
            }
        }
        for (Pair<String, Parameter> parameter : block.getParameters()) {
            NDArray mean = byName.get(MEAN + parameter.getKey());
            NDArray variance = byName.get(VARIANCE + parameter.getKey());
            if (mean == null || variance == null) {
                throw new IOException(file + " has no optimizer state for " + parameter.getKey());
            }
            means.put(parameter.getValue().getId(), mean);
            variances.put(parameter.getValue().getId(), variance);
        }
    }

    private static NDArray named(NDArray array, String name) {
        array.setName(name);
        return array;
    }

    private static final class Settings extends OptimizerBuilder<Settings> {
        @Override
        protected Settings self() {
            return this;
        }
    }
}
