package app.tutti.ai.domain;

import java.util.Locale;

/**
 * Where a generation stands: waiting and running, then done (notes proposed), failed or cancelled;
 * a done generation is finally accepted (its notes, or some of them, are in the project) or rejected.
 */
public enum GenerationStatus {
    QUEUED, RUNNING, DONE, FAILED, CANCELLED, ACCEPTED, REJECTED;

    public boolean inProgress() {
        return this == QUEUED || this == RUNNING;
    }

    public String dbValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static GenerationStatus fromDb(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
