/** Authorship replay, versions (save, restore, fork, compare) and credits; the only writers of history data. */
@NullMarked
package app.tutti.history.service;

import org.jspecify.annotations.NullMarked;
