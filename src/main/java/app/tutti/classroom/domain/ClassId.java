package app.tutti.classroom.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Identifies a class. */
public record ClassId(UUID value) {

    public ClassId {
        Objects.requireNonNull(value, "value");
    }

    public static ClassId random() {
        return new ClassId(UUID.randomUUID());
    }

    /** Parses an id from a URL segment; empty when it is not a UUID. */
    public static Optional<ClassId> parse(String text) {
        try {
            return Optional.of(new ClassId(UUID.fromString(text)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
