/** The share dialog. */
@NullMarked
package app.tutti.sharing.ui;

import org.jspecify.annotations.NullMarked;
