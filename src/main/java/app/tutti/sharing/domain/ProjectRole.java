package app.tutti.sharing.domain;

/** What a member may do in a project. Each role includes the rights of the ones below it. */
public enum ProjectRole {
    VIEWER("Viewer"),
    EDITOR("Editor"),
    OWNER("Owner");

    private final String label;

    ProjectRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean includes(ProjectRole other) {
        return compareTo(other) >= 0;
    }
}
