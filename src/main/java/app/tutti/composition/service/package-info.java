/** Project lifecycle, with permission checks. */
@NullMarked
package app.tutti.composition.service;

import org.jspecify.annotations.NullMarked;
