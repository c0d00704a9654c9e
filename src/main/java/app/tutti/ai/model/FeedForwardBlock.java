package app.tutti.ai.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.Dropout;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * Position-wise feed-forward: Linear(ffHidden), GELU, Linear(dModel), dropout. (B, T, C) in and out.
 * The wide hidden activations are released when the block returns (see {@link CausalSelfAttentionBlock}).
 */
public final class FeedForwardBlock extends AbstractBlock {

    private static final byte VERSION = 1;

    private final ModelConfig config;
    private final Linear expand;
    private final Linear contract;
    private final Dropout dropout;

    public FeedForwardBlock(ModelConfig config) {
        super(VERSION);
        this.config = config;
        expand = addChildBlock("expand", Linear.builder().setUnits(config.ffHidden()).build());
        contract = addChildBlock("contract", Linear.builder().setUnits(config.dModel()).build());
        dropout = addChildBlock("dropout", Dropout.builder().optRate(config.dropout()).build());
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
            PairList<String, Object> params) {
        try (NDScope scope = new NDScope()) {
            scope.suppressNotUsedWarning();
            NDArray hidden = Activation.gelu(expand.forward(store, inputs, training).singletonOrThrow());
            NDList out = contract.forward(store, new NDList(hidden), training);
            out = dropout.forward(store, out, training);
            NDScope.unregister(out);
            return out;
        }
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {inputShapes[0]};
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape x = inputShapes[0];
        expand.initialize(manager, dataType, x);
        contract.initialize(manager, dataType, new Shape(x.get(0), x.get(1), config.ffHidden()));
        dropout.initialize(manager, dataType, x);
    }
}
