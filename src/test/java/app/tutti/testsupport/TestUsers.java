package app.tutti.testsupport;

import app.tutti.account.service.AccountService;
import app.tutti.account.service.Registration;
import app.tutti.base.domain.UserId;
import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Registers real accounts through {@link AccountService} and signs them in for the current thread. */
@Component
public class TestUsers {

    public static final String PASSWORD = "correct horse battery";

    private final AccountService accounts;
    private final UserDetailsService userDetailsService;

    TestUsers(AccountService accounts, UserDetailsService userDetailsService) {
        this.accounts = accounts;
        this.userDetailsService = userDetailsService;
    }

    /** A new account with a unique username starting with {@code prefix}. */
    public String register(String prefix) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.register(new Registration(username, prefix.substring(0, 1).toUpperCase() + prefix.substring(1),
                PASSWORD));
        return username;
    }

    /** Signs the user in for this thread, the way Spring Security would after a login. */
    public Authentication logIn(String username) {
        UserDetails user = userDetailsService.loadUserByUsername(username);
        Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        return authentication;
    }

    public UserId registerAndLogIn(String prefix) {
        Authentication authentication = logIn(register(prefix));
        return ((app.tutti.base.security.AppUser) authentication.getPrincipal()).userId();
    }

    public void logOut() {
        SecurityContextHolder.clearContext();
    }
}
