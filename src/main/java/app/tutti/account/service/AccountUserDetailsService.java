package app.tutti.account.service;

import app.tutti.account.domain.UserAccountRepository;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads users for Spring Security's login. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;
    private final LoginThrottle loginThrottle;

    AccountUserDetailsService(UserAccountRepository accounts, LoginThrottle loginThrottle) {
        this.accounts = accounts;
        this.loginThrottle = loginThrottle;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        String normalized = AccountService.normalizeUsername(username);
        return accounts.findByUsername(normalized)
                .map(account -> new SignedInUser(account.id(), account.username(), account.displayName(),
                        account.passwordHash(), loginThrottle.isLocked(normalized)))
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }
}
