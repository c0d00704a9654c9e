package app.tutti.ai.train;

import app.tutti.ai.model.ModelConfig;

/** The model sizes the training command offers; "base" is the one we ship. */
enum ModelSize {
    SMALL(128, 4, 2, 256),
    BASE(192, 4, 4, 384);

    private final int dModel;
    private final int heads;
    private final int layers;
    private final int context;

    ModelSize(int dModel, int heads, int layers, int context) {
        this.dModel = dModel;
        this.heads = heads;
        this.layers = layers;
        this.context = context;
    }

    ModelConfig config(int vocabSize) {
        return ModelConfig.of(vocabSize, dModel, heads, layers, context);
    }
}
