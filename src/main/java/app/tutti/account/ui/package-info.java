/** Login and sign-up pages. */
@NullMarked
package app.tutti.account.ui;

import org.jspecify.annotations.NullMarked;
