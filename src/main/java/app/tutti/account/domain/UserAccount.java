package app.tutti.account.domain;

import app.tutti.base.domain.UserId;
import java.time.Instant;

/** A registered user. The username is stored lower-case and never changes. */
public record UserAccount(UserId id, String username, String displayName, String passwordHash, Instant createdAt) {
}
