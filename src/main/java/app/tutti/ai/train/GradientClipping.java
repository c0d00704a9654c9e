package app.tutti.ai.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import java.util.ArrayList;
import java.util.List;

/**
 * Scales all gradients of a block down together when their global L2 norm exceeds a limit (DJL's
 * optimizers only clip each value on its own). Runs between backward and the optimizer step.
 */
record GradientClipping(float maxNorm) {

    /** Clips the gradients of {@code block} in place and returns their norm before clipping. */
    float apply(Block block, NDManager scratch) {
        try (NDManager manager = scratch.newSubManager()) {
            List<NDArray> gradients = new ArrayList<>();
            for (Parameter parameter : block.getParameters().values()) {
                NDArray weights = parameter.getArray();
                if (parameter.requiresGradient() && weights.hasGradient()) {
                    NDArray gradient = weights.getGradient();
                    gradient.attach(manager);
                    gradients.add(gradient);
                }
            }
            float norm = (float) Math.sqrt(gradients.stream().mapToDouble(g -> g.square().sum().getFloat()).sum());
            if (maxNorm > 0 && norm > maxNorm) {
                float scale = maxNorm / (norm + 1e-6f);
                gradients.forEach(g -> g.muli(scale));
            }
            return norm;
        }
    }
}
