package app.tutti.ai.train;

import app.tutti.ai.model.ModelConfig;

/** The transformer's perplexities beside the n-gram baseline's, on the same POP909 songs and tokens. */
public record ModelEvaluation(ModelConfig config, long parameters, double validationPerplexity, double testPerplexity,
        double sliceValidationPerplexity, BaselineResult baseline) {

    /** The first few validation songs, a slice small enough for a test to re-measure quickly. */
    public static final int SLICE_SONGS = 5;

    /** How much lower the transformer's perplexity is than the baseline's, as a fraction (0.25 = 25 %). */
    public double validationImprovement() {
        return 1 - validationPerplexity / baseline.validationPerplexity();
    }

    public double testImprovement() {
        return 1 - testPerplexity / baseline.testPerplexity();
    }
}
