package app.tutti.history.domain;

import app.tutti.base.domain.ProjectId;
import app.tutti.base.domain.UserId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A name for the project's notes at sequence number {@code seq}, with a summary of what changed
 * since the version before it. Automatic versions have no author.
 */
public record ProjectVersion(UUID id, ProjectId projectId, long seq, String name, @Nullable UserId author,
        VersionKind kind, String summary, Instant createdAt) {

    public static final int MAX_NAME_LENGTH = 120;
}
