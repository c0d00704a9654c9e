package app.tutti.ai.translate;

/**
 * A rule applied to the logits before each token is sampled, for example the tokenizer's grammar
 * (a pitch must follow a position). It forbids a token by setting its logit to
 * {@link Float#NEGATIVE_INFINITY}, and may also raise or lower logits.
 */
@FunctionalInterface
public interface TokenConstraint {

    TokenConstraint NONE = (history, logits) -> { };

    /**
     * Adjusts {@code logits} (one per token id) for the token that follows {@code history} (the
     * prompt and the tokens generated so far, a copy the constraint may keep).
     */
    void apply(int[] history, float[] logits);

    /** A constraint that never allows the given token ids. */
    static TokenConstraint forbid(int... tokens) {
        int[] forbidden = tokens.clone();
        return (history, logits) -> {
            for (int token : forbidden) {
                logits[token] = Float.NEGATIVE_INFINITY;
            }
        };
    }

    /** This constraint, then {@code next}. */
    default TokenConstraint andThen(TokenConstraint next) {
        return (history, logits) -> {
            apply(history, logits);
            next.apply(history, logits);
        };
    }
}
