package app.tutti.history.domain;

import app.tutti.base.domain.ProjectId;
import app.tutti.base.domain.UserId;
import java.time.Instant;

/** Where a forked project came from: a version (or sequence number) of another project. */
public record ProjectFork(ProjectId projectId, ProjectId sourceProjectId, String sourceTitle, long sourceSeq,
        String versionLabel, UserId forkedBy, Instant createdAt) {
}
