package app.tutti.classroom.domain;

/** What a member does in a class. Teachers and co-teachers see all of the class's work. */
public enum ClassRole {
    TEACHER("Teacher"),
    CO_TEACHER("Co-teacher"),
    STUDENT("Student");

    private final String label;

    ClassRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean teaches() {
        return this != STUDENT;
    }
}
