package app.tutti.ai.train;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Collects per-step losses and timings; logs loss, learning rate, tokens/s and time left. */
final class TrainingProgress {

    private static final Logger log = LoggerFactory.getLogger(TrainingProgress.class);

    private final long firstStep;
    private final long maxSteps;
    private final long tokensPerStep;
    private final int logEvery;
    private final List<Float> losses = new ArrayList<>();
    private long trainingNanos;
    private double intervalLoss;
    private int intervalSteps;
    private float lastIntervalLoss = Float.NaN;

    TrainingProgress(long firstStep, long maxSteps, long tokensPerStep, int logEvery) {
        this.firstStep = firstStep;
        this.maxSteps = maxSteps;
        this.tokensPerStep = tokensPerStep;
        this.logEvery = logEvery;
    }

    /** Records that global step {@code step} had {@code loss} and took {@code nanos}. */
    void stepDone(long step, float loss, long nanos, float learningRate, float gradientNorm) {
        losses.add(loss);
        trainingNanos += nanos;
        intervalLoss += loss;
        intervalSteps++;
        boolean last = step + 1 == maxSteps;
        if ((step + 1) % logEvery == 0 || last) {
            lastIntervalLoss = (float) (intervalLoss / intervalSteps);
            intervalLoss = 0;
            intervalSteps = 0;
            log.info("step {}/{} loss {} lr {} grad norm {} | {} tokens/s, {} left", step + 1, maxSteps,
                    String.format("%.4f", lastIntervalLoss), String.format("%.2e", learningRate),
                    String.format("%.2f", gradientNorm), Math.round(tokensPerSecond()), timeLeft(step));
        }
    }

    void validated(long step, double meanLoss, double bestLoss) {
        log.info("step {} validation loss {} perplexity {} (best {})", step + 1, String.format("%.4f", meanLoss),
                String.format("%.2f", Math.exp(meanLoss)), String.format("%.2f", Math.exp(bestLoss)));
    }

    double tokensPerSecond() {
        return trainingNanos == 0 ? 0 : losses.size() * tokensPerStep / (trainingNanos / 1e9);
    }

    float lastIntervalLoss() {
        return lastIntervalLoss;
    }

    List<Float> losses() {
        return losses;
    }

    private Duration timeLeft(long step) {
        long done = step + 1 - firstStep;
        return Duration.ofSeconds(Math.round(trainingNanos / 1e9 / done * (maxSteps - step - 1)));
    }
}
