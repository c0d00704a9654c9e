package app.tutti.ai.translate;

/**
 * Stops a continuation when it is about to start bar {@code bars + 1}: the prompt ends with a
 * bar's contents, so the first generated {@code Bar} token opens the first new bar. One instance
 * per generation (it counts).
 */
public final class StopAfterBars implements GenerationCallback {

    private final int barToken;
    private final int bars;
    private int seen;

    public StopAfterBars(int barToken, int bars) {
        this.barToken = barToken;
        this.bars = bars;
    }

    @Override
    public boolean onToken(int token, int generated) {
        return token != barToken || ++seen <= bars;
    }
}
