package app.tutti.base.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Identifies a project across feature packages. */
public record ProjectId(UUID value) {

    public ProjectId {
        Objects.requireNonNull(value, "value");
    }

    public static ProjectId random() {
        return new ProjectId(UUID.randomUUID());
    }

    /** Parses an id from a URL segment; empty when it is not a UUID (never an exception). */
    public static Optional<ProjectId> parse(String text) {
        try {
            return Optional.of(new ProjectId(UUID.fromString(text)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
