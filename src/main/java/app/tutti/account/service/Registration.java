package app.tutti.account.service;

/** What a person types into the sign-up form. */
public record Registration(String username, String displayName, String password) {
}
