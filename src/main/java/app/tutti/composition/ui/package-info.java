/** Views for listing and setting up projects. */
@NullMarked
package app.tutti.composition.ui;

import org.jspecify.annotations.NullMarked;
