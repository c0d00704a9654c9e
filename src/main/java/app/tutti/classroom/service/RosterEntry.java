package app.tutti.classroom.service;

import app.tutti.base.domain.UserId;
import app.tutti.classroom.domain.ClassRole;

/** One person on a class's roster. */
public record RosterEntry(UserId userId, String username, String displayName, ClassRole role) {
}
