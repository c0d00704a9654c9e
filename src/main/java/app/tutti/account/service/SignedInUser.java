package app.tutti.account.service;

import app.tutti.base.domain.UserId;
import app.tutti.base.security.AppUser;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The Spring Security principal of a signed-in Tutti user. */
record SignedInUser(UserId userId, String username, String displayName, String passwordHash, boolean locked)
        implements UserDetails, AppUser {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_USER"));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    /** The hash stays out of logs and session dumps. */
    @Override
    public String toString() {
        return "SignedInUser[" + username + "]";
    }
}
