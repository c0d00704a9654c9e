/** Version history panel, version view, compare and credits dialogs. */
@NullMarked
package app.tutti.history.ui;

import org.jspecify.annotations.NullMarked;
