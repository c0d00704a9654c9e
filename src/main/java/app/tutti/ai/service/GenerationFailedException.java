package app.tutti.ai.service;

import app.tutti.ai.domain.GenerationStatus;

/** How a generation's result fails: it was cancelled, timed out or the model failed; the message is for the user. */
public class GenerationFailedException extends RuntimeException {

    private final GenerationStatus status;

    public GenerationFailedException(GenerationStatus status, String message) {
        super(message);
        this.status = status;
    }

    /** {@link GenerationStatus#FAILED} or {@link GenerationStatus#CANCELLED}. */
    public GenerationStatus status() {
        return status;
    }
}
