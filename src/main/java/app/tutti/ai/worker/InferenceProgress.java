package app.tutti.ai.worker;

/**
 * Where a request stands.
 *
 * @param queuePosition how many requests will be taken before this one (0 = next); -1 once it runs or ended
 * @param tokensGenerated tokens written so far
 */
public record InferenceProgress(InferenceState state, int queuePosition, int tokensGenerated) {
}
