/** Users and their storage. */
@NullMarked
package app.tutti.account.domain;

import org.jspecify.annotations.NullMarked;
