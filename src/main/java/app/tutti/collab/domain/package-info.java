/** The operation log and its snapshots. */
@NullMarked
package app.tutti.collab.domain;

import org.jspecify.annotations.NullMarked;
