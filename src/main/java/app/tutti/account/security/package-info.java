/** Spring Security configuration for the whole app. */
@NullMarked
package app.tutti.account.security;

import org.jspecify.annotations.NullMarked;
