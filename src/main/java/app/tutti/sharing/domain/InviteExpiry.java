package app.tutti.sharing.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** How long a new invite link works. */
public enum InviteExpiry {
    ONE_DAY("1 day", Duration.ofDays(1)),
    SEVEN_DAYS("7 days", Duration.ofDays(7)),
    THIRTY_DAYS("30 days", Duration.ofDays(30)),
    NEVER("Never", null);

    private final String label;
    private final Duration duration;

    InviteExpiry(String label, Duration duration) {
        this.label = label;
        this.duration = duration;
    }

    public String label() {
        return label;
    }

    /** When a link created at {@code createdAt} stops working; empty for links that never expire. */
    public Optional<Instant> expiresAt(Instant createdAt) {
        return Optional.ofNullable(duration).map(createdAt::plus);
    }
}
