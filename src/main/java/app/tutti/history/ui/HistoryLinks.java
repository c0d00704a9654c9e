package app.tutti.history.ui;

import app.tutti.base.domain.ProjectId;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/** Addresses of the history views and how times are shown in them. */
final class HistoryLinks {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private HistoryLinks() {
    }

    static String editor(ProjectId projectId) {
        return "projects/" + projectId;
    }

    static String version(ProjectId projectId, UUID versionId) {
        return "projects/" + projectId + "/versions/" + versionId;
    }

    static String compare(ProjectId projectId, long fromSeq, long toSeq) {
        return "projects/" + projectId + "/compare/" + fromSeq + "/" + toSeq;
    }

    static String authors(ProjectId projectId) {
        return "projects/" + projectId + "/authors";
    }

    static String when(Instant at) {
        return WHEN.format(at);
    }
}
