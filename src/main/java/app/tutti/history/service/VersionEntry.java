package app.tutti.history.service;

import app.tutti.history.domain.ProjectVersion;

/** A version as the timeline shows it: numbered from 1 in the order of the log, with its author's name. */
public record VersionEntry(ProjectVersion version, int number, String authorName) {

    /** "v3 · Chorus idea". */
    public String label() {
        return "v" + number + " · " + version.name();
    }
}
