package app.tutti.ai.domain;

import app.tutti.ai.translate.MusicRules;

/**
 * Everything that decided a generation besides the prompt notes and the seed, as resolved for
 * the model: how many bars, the sampling settings and the control tokens it was given.
 *
 * @param fillIn whether the notes were cut off at the end of a gap (fill-in) rather than a continuation
 * @param style control token argument ({@code pop}, {@code chorale})
 * @param key control token argument ({@code C_major}, {@code unknown})
 * @param rules the musical rules the new notes keep, as asked (the track slot is set when the task is built);
 *     records made before rules were stored read as {@link MusicRules#NONE}
 */
public record GenerationParameters(boolean fillIn, int bars, float temperature, int topK, float topP, float minP,
        String style, int density, String key, double tempoBpm, int maxTokens, MusicRules rules) {

    public GenerationParameters {
        rules = rules == null ? MusicRules.NONE : rules;
    }
}
