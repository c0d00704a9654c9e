package app.tutti.sharing.domain;

import app.tutti.base.domain.ProjectId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An invite link to a project; the token itself is not kept, only its hash. */
public record InviteLink(UUID id, ProjectId projectId, ProjectRole role, Instant createdAt,
        @Nullable Instant expiresAt, @Nullable Instant revokedAt) {

    public boolean expiredAt(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }

    public boolean revoked() {
        return revokedAt != null;
    }

    public boolean usableAt(Instant now) {
        return !revoked() && !expiredAt(now);
    }
}
