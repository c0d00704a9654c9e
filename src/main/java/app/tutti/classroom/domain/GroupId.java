package app.tutti.classroom.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Identifies a group of an assignment. */
public record GroupId(UUID value) {

    public GroupId {
        Objects.requireNonNull(value, "value");
    }

    public static GroupId random() {
        return new GroupId(UUID.randomUUID());
    }

    /** Parses an id from a URL segment; empty when it is not a UUID. */
    public static Optional<GroupId> parse(String text) {
        try {
            return Optional.of(new GroupId(UUID.fromString(text)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
