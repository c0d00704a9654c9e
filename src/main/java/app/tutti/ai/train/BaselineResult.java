package app.tutti.ai.train;

import java.util.Locale;

/**
 * What {@link BaselineEvaluation} measured. A model that knows nothing gives every token the same
 * probability, so its perplexity is the vocabulary size; the n-gram baseline has to do better, and
 * the transformer has to beat the baseline.
 */
public record BaselineResult(int order, int vocabularySize, int trainSongs, long trainTokens, int validationSongs,
        double validationPerplexity, int testSongs, double testPerplexity) {

    public double averageTokensPerTrainSong() {
        return trainSongs == 0 ? 0 : (double) trainTokens / trainSongs;
    }

    public double uniformPerplexity() {
        return vocabularySize;
    }

    /** A few lines for a log or a model card. */
    public String report() {
        return String.format(Locale.ROOT, """
                POP909 %d-gram baseline, interpolated Kneser-Ney (one discount per order)
                vocabulary: %d tokens (uniform perplexity %.0f)
                train: %d songs, %d tokens, %.1f tokens per song
                validation: %d songs, perplexity %.3f
                test: %d songs, perplexity %.3f
                """, order, vocabularySize, uniformPerplexity(), trainSongs, trainTokens, averageTokensPerTrainSong(),
                validationSongs, validationPerplexity, testSongs, testPerplexity);
    }
}
