package app.tutti.history.domain;

/** How a version came to be. */
public enum VersionKind {
    /** Saved by a person with a name. */
    NAMED,
    /** The end of a burst of editing, recorded when someone edits again after a pause. */
    AUTO,
    /** The state just before a restore, so the restore can be undone by restoring this. */
    BEFORE_RESTORE
}
