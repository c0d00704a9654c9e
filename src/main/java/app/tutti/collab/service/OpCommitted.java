package app.tutti.collab.service;

import app.tutti.collab.domain.OpLogEntry;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;

/**
 * Published after an operation's transaction has committed; the entry is now part of the log.
 * {@code submitter} is who submitted it: with group commit, one thread commits the operations of
 * several users, so a listener that acts as the editing user must take them from here, not from
 * the committing thread's security context.
 */
public record OpCommitted(OpLogEntry entry, @Nullable Authentication submitter) {

    public OpCommitted(OpLogEntry entry) {
        this(entry, null);
    }
}
