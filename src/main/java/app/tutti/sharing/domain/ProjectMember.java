package app.tutti.sharing.domain;

import app.tutti.base.domain.UserId;

/** A user's role in one project. */
public record ProjectMember(UserId userId, ProjectRole role) {
}
