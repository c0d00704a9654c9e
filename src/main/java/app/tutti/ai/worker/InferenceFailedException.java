package app.tutti.ai.worker;

/** Completes a request's result when it did not finish normally; the message is for the user. */
public class InferenceFailedException extends RuntimeException {

    private final InferenceState state;

    public InferenceFailedException(InferenceState state, String message) {
        super(message);
        this.state = state;
    }

    /** {@link InferenceState#FAILED}, {@link InferenceState#CANCELLED} or {@link InferenceState#TIMED_OUT}. */
    public InferenceState state() {
        return state;
    }
}
