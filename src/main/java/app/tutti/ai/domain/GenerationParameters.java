package app.tutti.ai.domain;

/**
 * Everything that decided a generation besides the prompt notes and the seed, as resolved for
 * the model: how many bars, the sampling settings and the control tokens it was given.
 *
 * @param fillIn whether the notes were cut off at the end of a gap (fill-in) rather than a continuation
 * @param style control token argument ({@code pop}, {@code chorale})
 * @param key control token argument ({@code C_major}, {@code unknown})
 */
public record GenerationParameters(boolean fillIn, int bars, float temperature, int topK, float topP, float minP,
        String style, int density, String key, double tempoBpm, int maxTokens) {
}
