/** Helpers shared by tests: locating the shared music data. */
@NullMarked
package app.tutti.testsupport;

import org.jspecify.annotations.NullMarked;
