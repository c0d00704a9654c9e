/** Classes, their members, assignments, groups and each student's or group's copy of the work. */
@NullMarked
package app.tutti.classroom.domain;

import org.jspecify.annotations.NullMarked;
