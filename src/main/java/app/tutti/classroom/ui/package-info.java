/** Views for classes, assignments, the teacher dashboard and joining with a code. */
@NullMarked
package app.tutti.classroom.ui;

import org.jspecify.annotations.NullMarked;
