/** Applying edits through the operation log: permission checks, ordering, idempotent retries, snapshots. */
@NullMarked
package app.tutti.collab.service;

import org.jspecify.annotations.NullMarked;
