/** History of a project: versions, restore, diff, per-note authorship and credits. */
@NullMarked
package app.tutti.history;

import org.jspecify.annotations.NullMarked;
