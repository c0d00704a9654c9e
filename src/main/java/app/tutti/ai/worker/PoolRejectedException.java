package app.tutti.ai.worker;

import app.tutti.base.domain.InvalidInputException;

/** A request the pool would not take; the message tells the user what to do. */
public class PoolRejectedException extends InvalidInputException {

    public enum Reason {
        QUEUE_FULL, RATE_LIMITED, PROJECT_BUSY, SHUT_DOWN;

        public String tag() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;

    public PoolRejectedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
