package app.tutti.ai.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.ndarray.types.SparseFormat;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.nn.norm.Dropout;
import ai.djl.nn.norm.LayerNorm;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.NormalInitializer;
import ai.djl.util.PairList;
import java.util.ArrayList;
import java.util.List;

/**
 * The whole decoder-only music transformer: token embedding plus learned position embedding,
 * {@code layers} {@link DecoderLayerBlock}s, a final LayerNorm and logits over the vocabulary. The
 * output projection reuses the token embedding matrix (weight tying).
 *
 * <p>Input {@code (tokens)} of shape (B, T), int64, gives {@code (logits)} of shape (B, T, V). Input
 * {@code (tokens, k0, v0, k1, v1, ...)} continues after the cached positions and gives
 * {@code (logits, k0', v0', ...)}: see {@link KvCache}.
 */
public final class MusicTransformerBlock extends AbstractBlock {

    private static final byte VERSION = 1;
    private static final float INIT_SIGMA = 0.02f;

    private final ModelConfig config;
    private final Parameter tokenEmbedding;
    private final Parameter positionEmbedding;
    private final Dropout embeddingDropout;
    private final List<DecoderLayerBlock> layers = new ArrayList<>();
    private final LayerNorm finalNorm;

    public MusicTransformerBlock(ModelConfig config) {
        super(VERSION);
        this.config = config;
        tokenEmbedding = addParameter(Parameter.builder().setName("tokenEmbedding").setType(Parameter.Type.WEIGHT)
                .optShape(new Shape(config.vocabSize(), config.dModel())).build());
        positionEmbedding = addParameter(Parameter.builder().setName("positionEmbedding")
                .setType(Parameter.Type.WEIGHT).optShape(new Shape(config.context(), config.dModel())).build());
        embeddingDropout = addChildBlock("embeddingDropout", Dropout.builder().optRate(config.dropout()).build());
        for (int i = 0; i < config.layers(); i++) {
            layers.add(addChildBlock("layer" + i, new DecoderLayerBlock(config)));
        }
        finalNorm = addChildBlock("finalNorm", LayerNorm.builder().axis(2).build());
        setInitializer(new NormalInitializer(INIT_SIGMA), Parameter.Type.WEIGHT);
    }

    public ModelConfig config() {
        return config;
    }

    @Override
    protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDArray tokens = inputs.get(0);
        NDArray tokenWeights = store.getValue(tokenEmbedding, tokens.getDevice(), training);
        NDArray hidden = embed(store, tokens, tokenWeights, KvCache.pastLength(inputs), training);
        NDList caches = new NDList();
        for (int i = 0; i < layers.size(); i++) {
            NDList layerInputs = new NDList(hidden);
            if (inputs.size() > 1) {
                layerInputs.add(inputs.get(1 + 2 * i));
                layerInputs.add(inputs.get(2 + 2 * i));
            }
            NDList out = layers.get(i).forward(store, layerInputs, training);
            hidden = out.get(0);
            caches.addAll(out.subNDList(1));
        }
        hidden = finalNorm.forward(store, new NDList(hidden), training).singletonOrThrow();
        NDList out = hidden.getNDArrayInternal().linear(hidden, tokenWeights, null);
        out.addAll(caches);
        return out;
    }

    private NDArray embed(ParameterStore store, NDArray tokens, NDArray tokenWeights, long past, boolean training) {
        long length = tokens.getShape().get(1);
        if (past + length > config.context()) {
            throw new IllegalArgumentException("The model sees at most " + config.context() + " tokens, not "
                    + (past + length));
        }
        NDArray positions = tokens.getManager().arange(past, past + length, 1, DataType.INT64);
        NDArray positionWeights = store.getValue(positionEmbedding, tokens.getDevice(), training);
        NDArray embedded = tokens.getNDArrayInternal().embedding(tokens, tokenWeights, SparseFormat.DENSE)
                .singletonOrThrow()
                .add(positions.getNDArrayInternal().embedding(positions, positionWeights, SparseFormat.DENSE)
                        .singletonOrThrow());
        return embeddingDropout.forward(store, new NDList(embedded), training).singletonOrThrow();
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape tokens = inputShapes[0];
        Shape logits = new Shape(tokens.get(0), tokens.get(1), config.vocabSize());
        if (inputShapes.length == 1) {
            return new Shape[] {logits};
        }
        Shape cache = inputShapes[1];
        Shape grown = new Shape(cache.get(0), cache.get(1), cache.get(2) + tokens.get(1), cache.get(3));
        Shape[] out = new Shape[inputShapes.length];
        out[0] = logits;
        for (int i = 1; i < out.length; i++) {
            out[i] = grown;
        }
        return out;
    }

    @Override
    protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
        Shape tokens = inputShapes[0];
        Shape hidden = new Shape(tokens.get(0), tokens.get(1), config.dModel());
        embeddingDropout.initialize(manager, dataType, hidden);
        for (DecoderLayerBlock layer : layers) {
            layer.initialize(manager, dataType, hidden);
        }
        finalNorm.initialize(manager, dataType, hidden);
    }
}
