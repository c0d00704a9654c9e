package app.tutti.classroom.domain;

/** Where a student's or group's work stands, as the teacher's dashboard shows it. */
public enum WorkStatus {
    NOT_STARTED("Not started"),
    IN_PROGRESS("In progress"),
    SUBMITTED("Submitted"),
    RETURNED("Returned");

    private final String label;

    WorkStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
