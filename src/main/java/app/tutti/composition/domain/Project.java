package app.tutti.composition.domain;

import app.tutti.base.domain.ProjectId;
import app.tutti.base.domain.UserId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A piece of music being written. Its notes live in the operation log; {@code headSeq} is the
 * sequence number of the last operation applied. {@code copiedFrom} names the project it was
 * duplicated from, if any.
 */
public record Project(ProjectId id, ProjectDetails details, int ticksPerQuarter, long headSeq, UserId createdBy,
        Instant createdAt, Instant updatedAt, @Nullable ProjectId copiedFrom) {

    public static final int DEFAULT_TICKS_PER_QUARTER = 480;

    public String title() {
        return details.title();
    }
}
