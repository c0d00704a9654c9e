package app.tutti.ai.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.List;

/**
 * The keys and values every layer has computed so far, each of shape (B, H, P, C/H), so that the
 * next tokens need not recompute them. The arrays belong to the {@link NDManager} they were created
 * on; whoever owns that manager closes them.
 */
public record KvCache(List<NDArray> keys, List<NDArray> values) {

    public KvCache {
        if (keys.size() != values.size()) {
            throw new IllegalArgumentException("one key and one value array per layer");
        }
        keys = List.copyOf(keys);
        values = List.copyOf(values);
    }

    /** A cache with nothing in it yet (P = 0), for a batch of {@code batch} sequences. */
    public static KvCache empty(NDManager manager, ModelConfig config, int batch) {
        Shape shape = new Shape(batch, config.heads(), 0, config.headSize());
        NDArray[] keys = new NDArray[config.layers()];
        NDArray[] values = new NDArray[config.layers()];
        for (int i = 0; i < config.layers(); i++) {
            keys[i] = manager.zeros(shape);
            values[i] = manager.zeros(shape);
        }
        return new KvCache(List.of(keys), List.of(values));
    }

    /** The cache in the outputs {@code (logits, k0, v0, k1, v1, ...)} of {@link MusicTransformerBlock}. */
    public static KvCache fromOutputs(NDList outputs) {
        int layers = (outputs.size() - 1) / 2;
        NDArray[] keys = new NDArray[layers];
        NDArray[] values = new NDArray[layers];
        for (int i = 0; i < layers; i++) {
            keys[i] = outputs.get(1 + 2 * i);
            values[i] = outputs.get(2 + 2 * i);
        }
        return new KvCache(List.of(keys), List.of(values));
    }

    /** Block inputs: {@code tokens} followed by this cache. */
    public NDList withTokens(NDArray tokens) {
        NDList inputs = new NDList(tokens);
        for (int i = 0; i < keys.size(); i++) {
            inputs.add(keys.get(i));
            inputs.add(values.get(i));
        }
        return inputs;
    }

    /** Positions already cached. */
    public long length() {
        return keys.isEmpty() ? 0 : keys.get(0).getShape().get(2);
    }

    static long pastLength(NDList blockInputs) {
        return blockInputs.size() > 1 ? blockInputs.get(1).getShape().get(2) : 0;
    }
}
