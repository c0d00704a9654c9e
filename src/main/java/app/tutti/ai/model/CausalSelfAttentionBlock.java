package app.tutti.ai.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.Dropout;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * Multi-head self-attention in which each position sees only itself and earlier positions.
 *
 * <p>Input {@code (x)} with x of shape (B, T, C) gives {@code (y)} of the same shape. Input
 * {@code (x, pastKeys, pastValues)} with caches of shape (B, H, P, C/H) — P may be 0 — treats x as
 * positions P..P+T-1 and gives {@code (y, keys, values)} with the caches grown to P+T.
 */
public final class CausalSelfAttentionBlock extends AbstractBlock {

    private static final byte VERSION = 1;
    private static final float MASKED = -1e9f;

    private final ModelConfig config;
    private final Linear queryKeyValue;
    private final Linear projection;
    private final Dropout attentionDropout;
    private final Dropout residualDropout;

    public CausalSelfAttentionBlock(ModelConfig config) {
        super(VERSION);
        this.config = config;
        queryKeyValue = addChildBlock("queryKeyValue", Linear.builder().setUnits(3L * config.dModel()).build());
        projection = addChildBlock("projection", Linear.builder().setUnits(config.dModel()).build());
        attentionDropout = addChildBlock("attentionDropout", Dropout.builder().optRate(config.dropout()).build());
        residualDropout = addChildBlock("residualDropout", Dropout.builder().optRate(config.dropout()).build());
    }

    /**
     * Runs inside an {@link NDScope} so the (B, H, T, S) temporaries are released as soon as the
     * block is done with them (autograd keeps its own references to what backward needs); without
     * it they would live until the caller's manager closes.
     */
    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
            PairList<String, Object> params) {
        try (NDScope scope = new NDScope()) {
            scope.suppressNotUsedWarning();
            NDList out = attend(store, inputs, training);
            NDScope.unregister(out);
            return out;
        }
    }

    private NDList attend(ParameterStore store, NDList inputs, boolean training) {
        NDArray x = inputs.get(0);
        long batch = x.getShape().get(0);
        long length = x.getShape().get(1);
        NDList qkv = queryKeyValue.forward(store, new NDList(x), training).singletonOrThrow().split(3, 2);
        NDArray queries = splitHeads(qkv.get(0)).mul(1 / Math.sqrt(config.headSize()));
        NDArray keys = splitHeads(qkv.get(1));
        NDArray values = splitHeads(qkv.get(2));
        boolean cached = inputs.size() == 3;
        if (cached) {
            keys = inputs.get(1).concat(keys, 2);
            values = inputs.get(2).concat(values, 2);
        }
        NDArray scores = queries.matMul(keys.transpose(0, 1, 3, 2));
        if (length > 1) {
            scores = scores.add(causalMask(x.getManager(), length, keys.getShape().get(2)));
        }
        NDArray weights = attentionDropout.forward(store, new NDList(scores.softmax(-1)), training).singletonOrThrow();
        NDArray mixed = weights.matMul(values).transpose(0, 2, 1, 3).reshape(batch, length, config.dModel());
        NDArray y = projection.forward(store, new NDList(mixed), training).singletonOrThrow();
        y = residualDropout.forward(store, new NDList(y), training).singletonOrThrow();
        return cached ? new NDList(y, keys, values) : new NDList(y);
    }

    /** (B, T, C) to (B, H, T, C/H). */
    private NDArray splitHeads(NDArray x) {
        Shape shape = x.getShape();
        return x.reshape(shape.get(0), shape.get(1), config.heads(), config.headSize()).transpose(0, 2, 1, 3);
    }

    /** (T, S) with 0 where query i (at absolute position S-T+i) may see key j, else a large negative. */
    private static NDArray causalMask(NDManager manager, long length, long total) {
        long past = total - length;
        NDArray rows = manager.arange(past, total, 1, DataType.INT64).reshape(length, 1);
        NDArray columns = manager.arange(0, total, 1, DataType.INT64).reshape(1, total);
        return columns.gt(rows).toType(DataType.FLOAT32, false).mul(MASKED);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        if (inputShapes.length == 1) {
            return new Shape[] {inputShapes[0]};
        }
        Shape cache = inputShapes[1];
        Shape grown = new Shape(cache.get(0), cache.get(1), cache.get(2) + inputShapes[0].get(1), cache.get(3));
        return new Shape[] {inputShapes[0], grown, grown};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape x = inputShapes[0];
        queryKeyValue.initialize(manager, dataType, x);
        projection.initialize(manager, dataType, x);
        Shape scores = new Shape(x.get(0), config.heads(), x.get(1), x.get(1));
        attentionDropout.initialize(manager, dataType, scores);
        residualDropout.initialize(manager, dataType, x);
    }
}
