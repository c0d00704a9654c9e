package app.tutti.collab.domain;

import app.tutti.base.domain.ProjectId;
import app.tutti.base.domain.UserId;
import app.tutti.composition.domain.EditOp;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One committed operation: its place in the project's order ({@code seq}), who wrote it (the user,
 * and for accepted AI notes also the generation that proposed them), the id the client gave it
 * (for idempotent retries) and the sequence number the client had seen.
 */
public record OpLogEntry(ProjectId projectId, long seq, @Nullable UserId author, UUID clientOpId, long baseSeq,
        EditOp op, Instant at, @Nullable UUID authorGenerationId) {

    /** An operation written by a person alone. */
    public OpLogEntry(ProjectId projectId, long seq, @Nullable UserId author, UUID clientOpId, long baseSeq,
            EditOp op, Instant at) {
        this(projectId, seq, author, clientOpId, baseSeq, op, at, null);
    }
}
