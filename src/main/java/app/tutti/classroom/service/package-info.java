/** Classes and assignments: access rules, publishing copies, submissions, the teacher dashboard, the spotlight. */
@NullMarked
package app.tutti.classroom.service;

import org.jspecify.annotations.NullMarked;
