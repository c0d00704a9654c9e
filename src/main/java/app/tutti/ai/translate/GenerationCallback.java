package app.tutti.ai.translate;

/** Hears about each generated token; answering false stops the generation (cancel, time-out). */
@FunctionalInterface
public interface GenerationCallback {

    GenerationCallback CONTINUE = (token, generated) -> true;

    /**
     * Called after each token is chosen.
     *
     * @param token the token just generated
     * @param generated how many tokens have been generated so far, this one included
     * @return whether to go on
     */
    boolean onToken(int token, int generated);
}
