package app.tutti.collab.ui;

import app.tutti.composition.domain.EditOp;
import java.util.UUID;

/**
 * An edit the browser made and applied locally: its id for acknowledge/reject, the sequence
 * number the browser had seen when it made the edit, and the operation itself.
 */
public record SubmittedOp(UUID clientOpId, long baseSeq, EditOp op) {
}
