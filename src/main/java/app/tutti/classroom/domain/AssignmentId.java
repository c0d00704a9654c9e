package app.tutti.classroom.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Identifies an assignment. */
public record AssignmentId(UUID value) {

    public AssignmentId {
        Objects.requireNonNull(value, "value");
    }

    public static AssignmentId random() {
        return new AssignmentId(UUID.randomUUID());
    }

    /** Parses an id from a URL segment; empty when it is not a UUID. */
    public static Optional<AssignmentId> parse(String text) {
        try {
            return Optional.of(new AssignmentId(UUID.fromString(text)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
