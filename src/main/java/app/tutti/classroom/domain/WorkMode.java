package app.tutti.classroom.domain;

/** Whether each student gets their own copy or each group shares one. */
public enum WorkMode {
    INDIVIDUAL("Individual"),
    GROUPS("Groups");

    private final String label;

    WorkMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
