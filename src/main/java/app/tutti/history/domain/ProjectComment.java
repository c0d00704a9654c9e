package app.tutti.history.domain;

import app.tutti.base.domain.InvalidInputException;
import app.tutti.base.domain.ProjectId;
import app.tutti.base.domain.UserId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A comment on bars {@code firstBar}–{@code lastBar} (numbered from 1), or a reply to one
 * ({@code parentId}); a thread is resolved when its first comment is.
 */
public record ProjectComment(UUID id, ProjectId projectId, @Nullable UUID parentId, UserId author, int firstBar,
        int lastBar, String body, Instant createdAt, @Nullable UserId resolvedBy, @Nullable Instant resolvedAt) {

    public static final int MAX_BODY_LENGTH = 2000;
    public static final int MAX_BAR = 100_000;

    public ProjectComment {
        body = body == null ? "" : body.strip();
        if (body.isEmpty() || body.length() > MAX_BODY_LENGTH) {
            throw new InvalidInputException("A comment must be 1 to " + MAX_BODY_LENGTH + " characters.");
        }
        if (firstBar < 1 || lastBar < firstBar || lastBar > MAX_BAR) {
            throw new InvalidInputException("Choose bars from 1 up, the last not before the first.");
        }
    }

    public boolean resolved() {
        return resolvedAt != null;
    }
}
