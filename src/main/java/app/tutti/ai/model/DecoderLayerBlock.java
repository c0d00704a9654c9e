package app.tutti.ai.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.norm.LayerNorm;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * One pre-LayerNorm decoder layer: {@code x + attention(norm(x))}, then {@code x + feedForward(norm(x))}.
 * Takes and returns the same lists as {@link CausalSelfAttentionBlock}: {@code (x)} or
 * {@code (x, keys, values)}.
 */
public final class DecoderLayerBlock extends AbstractBlock {

    private static final byte VERSION = 1;

    private final LayerNorm attentionNorm;
    private final CausalSelfAttentionBlock attention;
    private final LayerNorm feedForwardNorm;
    private final FeedForwardBlock feedForward;

    public DecoderLayerBlock(ModelConfig config) {
        super(VERSION);
        attentionNorm = addChildBlock("attentionNorm", LayerNorm.builder().axis(2).build());
        attention = addChildBlock("attention", new CausalSelfAttentionBlock(config));
        feedForwardNorm = addChildBlock("feedForwardNorm", LayerNorm.builder().axis(2).build());
        feedForward = addChildBlock("feedForward", new FeedForwardBlock(config));
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDArray x = inputs.get(0);
        NDList attentionInputs = new NDList(attentionNorm.forward(store, new NDList(x), training).singletonOrThrow());
        attentionInputs.addAll(inputs.subNDList(1));
        NDList attended = attention.forward(store, attentionInputs, training);
        x = x.add(attended.get(0));
        NDList normed = feedForwardNorm.forward(store, new NDList(x), training);
        x = x.add(feedForward.forward(store, normed, training).singletonOrThrow());
        NDList out = new NDList(x);
        out.addAll(attended.subNDList(1));
        return out;
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return attention.getOutputShapes(inputShapes);
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape x = inputShapes[0];
        attentionNorm.initialize(manager, dataType, x);
        attention.initialize(manager, dataType, x);
        feedForwardNorm.initialize(manager, dataType, x);
        feedForward.initialize(manager, dataType, x);
    }
}
