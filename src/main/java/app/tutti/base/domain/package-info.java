/** Value types and exceptions shared by every feature. Depends on no feature. */
@NullMarked
package app.tutti.base.domain;

import org.jspecify.annotations.NullMarked;
