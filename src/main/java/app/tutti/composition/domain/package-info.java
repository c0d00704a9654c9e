/** Projects, tracks and their musical settings. */
@NullMarked
package app.tutti.composition.domain;

import org.jspecify.annotations.NullMarked;
