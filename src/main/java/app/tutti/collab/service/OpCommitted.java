package app.tutti.collab.service;

import app.tutti.collab.domain.OpLogEntry;

/** Published after an operation's transaction has committed; the entry is now part of the log. */
public record OpCommitted(OpLogEntry entry) {
}
