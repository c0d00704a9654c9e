package app.tutti.base.domain;

import java.util.Objects;
import java.util.UUID;

/** Identifies a user across feature packages. */
public record UserId(UUID value) {

    public UserId {
        Objects.requireNonNull(value, "value");
    }

    public static UserId random() {
        return new UserId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
