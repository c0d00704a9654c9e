package app.tutti.classroom.domain;

import app.tutti.base.domain.UserId;
import java.time.Instant;

/** One person in a class and their role. */
public record ClassMember(UserId userId, ClassRole role, Instant joinedAt) {
}
