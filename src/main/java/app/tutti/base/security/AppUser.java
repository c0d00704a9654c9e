package app.tutti.base.security;

import app.tutti.base.domain.UserId;

/** What every feature may know about the signed-in user; the account feature provides it. */
public interface AppUser {

    UserId userId();

    String username();

    String displayName();
}
