package app.tutti.ai.train;

import ai.djl.training.tracker.Tracker;

/**
 * Linear warm-up to the peak, then cosine or linear decay to a tenth of the peak at the last step.
 * DJL's optimizers count updates from 1 in each run; {@code firstStep} shifts that count so a
 * resumed run continues the schedule where the checkpoint left it.
 */
record LearningRateSchedule(float peak, int warmupSteps, int maxSteps, Decay decay, long firstStep)
        implements Tracker {

    private static final float FLOOR = 0.1f;

    /** The shape of the fall after warm-up. */
    public enum Decay {
        COSINE, LINEAR
    }

    /** The learning rate for DJL's 1-based update count in this run. */
    @Override
    public float getNewValue(int numUpdate) {
        return at(firstStep + numUpdate - 1);
    }

    /** The learning rate of the 0-based global step {@code step}. */
    float at(long step) {
        if (step < warmupSteps) {
            return peak * (step + 1) / warmupSteps;
        }
        long decaySteps = Math.max(1, maxSteps - warmupSteps);
        double progress = Math.min(1.0, (double) (step - warmupSteps) / decaySteps);
        double shape = decay == Decay.COSINE ? 0.5 * (1 + Math.cos(Math.PI * progress)) : 1 - progress;
        return (float) (peak * (FLOOR + (1 - FLOOR) * shape));
    }
}
