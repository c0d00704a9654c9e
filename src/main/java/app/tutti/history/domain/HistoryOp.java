package app.tutti.history.domain;

import app.tutti.composition.domain.EditOp;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One operation of the log as history reads it: its sequence number, its author (a user or a
 * generation; null only for rows without any author) and the user who submitted it.
 */
public record HistoryOp(long seq, @Nullable Contributor author, @Nullable UUID submittedBy, Instant at, EditOp op) {
}
