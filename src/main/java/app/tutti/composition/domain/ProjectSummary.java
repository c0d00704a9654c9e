package app.tutti.composition.domain;

import app.tutti.sharing.domain.ProjectRole;

/** A project as the current user sees it in lists: the project and the user's role in it. */
public record ProjectSummary(Project project, ProjectRole role) {
}
