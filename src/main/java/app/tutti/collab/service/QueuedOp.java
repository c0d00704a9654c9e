package app.tutti.collab.service;

import app.tutti.base.domain.UserId;
import app.tutti.composition.domain.EditOp;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;

/**
 * An operation whose submitter has passed the permission check, on its way into the log: who
 * wrote it travels with it, because another thread may commit it.
 */
record QueuedOp(UserId author, @Nullable Authentication submitter, UUID clientOpId, long baseSeq, EditOp op,
        @Nullable UUID authorGenerationId) {

    /** What became of one operation of a batch: its sequence number, or why it was refused. */
    record Outcome(long seq, @Nullable RuntimeException refused) {

        static Outcome committed(long seq) {
            return new Outcome(seq, null);
        }

        static Outcome refusedFor(RuntimeException reason) {
            return new Outcome(0, reason);
        }

        long seqOrThrow() {
            if (refused != null) {
                throw refused;
            }
            return seq;
        }
    }
}
