package app.tutti.collab.service;

import app.tutti.base.domain.ProjectId;
import app.tutti.collab.domain.OpLogEntry;
import java.util.List;

/**
 * Published once per transaction that appended operations to a project's log, with all of them
 * (consecutive, in order), beside one {@link OpCommitted} per operation: for those who act once
 * per commit, such as fan-out to editors and to other nodes.
 */
public record OpsCommitted(ProjectId projectId, List<OpLogEntry> entries) {
}
