package app.tutti.ai.model;

/**
 * The shape of a music transformer.
 *
 * @param vocabSize number of token ids; ids run from 0 to {@code vocabSize - 1}
 * @param dModel width of every hidden vector; a multiple of {@code heads}
 * @param heads attention heads per layer
 * @param layers decoder layers
 * @param ffHidden width of the feed-forward hidden layer (usually {@code 4 * dModel})
 * @param context longest sequence the model sees at once (size of the learned position table)
 * @param dropout dropout rate used while training, in [0, 1)
 */
public record ModelConfig(int vocabSize, int dModel, int heads, int layers, int ffHidden, int context,
        float dropout) {

    public ModelConfig {
        positive("vocabSize", vocabSize);
        positive("dModel", dModel);
        positive("heads", heads);
        positive("layers", layers);
        positive("ffHidden", ffHidden);
        positive("context", context);
        if (dModel % heads != 0) {
            throw new IllegalArgumentException("dModel (" + dModel + ") must be a multiple of heads (" + heads + ")");
        }
        if (!(dropout >= 0 && dropout < 1)) {
            throw new IllegalArgumentException("dropout must be in [0, 1), not " + dropout);
        }
    }

    /** The usual shape: four times as wide feed-forward, dropout 0.1. */
    public static ModelConfig of(int vocabSize, int dModel, int heads, int layers, int context) {
        return new ModelConfig(vocabSize, dModel, heads, layers, 4 * dModel, context, 0.1f);
    }

    public int headSize() {
        return dModel / heads;
    }

    public ModelConfig withDropout(float newDropout) {
        return new ModelConfig(vocabSize, dModel, heads, layers, ffHidden, context, newDropout);
    }

    private static void positive(String name, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, not " + value);
        }
    }
}
