package app.tutti.classroom.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Identifies one student's or group's copy of an assignment. */
public record WorkId(UUID value) {

    public WorkId {
        Objects.requireNonNull(value, "value");
    }

    public static WorkId random() {
        return new WorkId(UUID.randomUUID());
    }

    /** Parses an id from a URL segment; empty when it is not a UUID. */
    public static Optional<WorkId> parse(String text) {
        try {
            return Optional.of(new WorkId(UUID.fromString(text)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
