package app.tutti.ai.translate;

/**
 * How adventurous each token choice is.
 *
 * @param temperature divides the logits; 0 always picks the most likely token (greedy)
 * @param topK keep only the k most likely tokens; 0 keeps all
 * @param topP keep the smallest set of most likely tokens whose probabilities add up to at least p; 1 keeps all
 * @param minP drop tokens less likely than {@code minP} times the most likely one; 0 keeps all
 */
public record SamplingSettings(float temperature, int topK, float topP, float minP) {

    public static final SamplingSettings GREEDY = new SamplingSettings(0, 0, 1, 0);

    public SamplingSettings {
        if (!(temperature >= 0) || Float.isInfinite(temperature)) {
            throw new IllegalArgumentException("temperature must be 0 or more, not " + temperature);
        }
        if (topK < 0) {
            throw new IllegalArgumentException("topK must be 0 (off) or more, not " + topK);
        }
        if (!(topP > 0 && topP <= 1)) {
            throw new IllegalArgumentException("topP must be in (0, 1], not " + topP);
        }
        if (!(minP >= 0 && minP < 1)) {
            throw new IllegalArgumentException("minP must be in [0, 1), not " + minP);
        }
    }

    public boolean greedy() {
        return temperature == 0;
    }
}
