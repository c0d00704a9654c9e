package app.tutti.classroom.service;

import app.tutti.classroom.domain.ClassRole;
import app.tutti.classroom.domain.Classroom;

/** A class as the signed-in user sees it: the class and their role in it. */
public record MyClass(Classroom classroom, ClassRole role) {

    public boolean teaching() {
        return role.teaches();
    }
}
