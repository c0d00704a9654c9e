/** Project membership and roles. */
@NullMarked
package app.tutti.sharing.domain;

import org.jspecify.annotations.NullMarked;
