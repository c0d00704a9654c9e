package app.tutti.ai.train;

import java.time.Duration;
import java.util.List;

/**
 * What a training run achieved.
 *
 * @param steps global step count at the end (including steps of the run it resumed)
 * @param finalTrainLoss mean training loss over the last logging interval
 * @param bestValidationPerplexity exp of the lowest mean validation loss, NaN if never validated
 * @param tokensPerSecond training tokens read per second of this run's training steps
 * @param wallTime duration of this run
 * @param losses the training loss of every step this run took, in order
 */
public record TrainingResult(long steps, float finalTrainLoss, double bestValidationPerplexity,
        double tokensPerSecond, Duration wallTime, List<Float> losses) {

    public TrainingResult {
        losses = List.copyOf(losses);
    }
}
