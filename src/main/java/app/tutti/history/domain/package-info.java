/** Versions, per-note authorship and the records they are stored as. */
@NullMarked
package app.tutti.history.domain;

import org.jspecify.annotations.NullMarked;
