package app.tutti.composition.domain;

import app.tutti.base.domain.ProjectId;

/**
 * Published inside the duplicating transaction, so features that keep per-project data (the
 * operation log, versions) copy theirs up to {@code atSeq} into the new project.
 */
public record ProjectCopied(ProjectId source, ProjectId copy, long atSeq) {
}
