package app.tutti.sharing.service;

import app.tutti.base.domain.UserId;
import app.tutti.sharing.domain.ProjectRole;

/** A member as the share dialog lists them. */
public record MemberView(UserId userId, String username, String displayName, ProjectRole role) {
}
