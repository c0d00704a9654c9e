/** Access to the signed-in user for every feature; the login itself lives in account. */
@NullMarked
package app.tutti.base.security;

import org.jspecify.annotations.NullMarked;
