package app.tutti.account.service;

import app.tutti.account.domain.UserAccount;
import app.tutti.account.domain.UserAccountRepository;
import app.tutti.account.service.RegistrationRejectedException.Field;
import app.tutti.base.domain.UserId;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers users and answers questions about them. */
@Service
public class AccountService {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,39}");

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final Clock clock;

    AccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy,
            Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.clock = clock;
    }

    /** Creates the account or throws {@link RegistrationRejectedException} saying what to fix. */
    @Transactional
    public UserId register(Registration registration) {
        String username = normalizeUsername(registration.username());
        Optional<String> usernameProblem = problemWithUsername(username);
        if (usernameProblem.isPresent()) {
            throw new RegistrationRejectedException(Field.USERNAME, usernameProblem.get());
        }
        String displayName = registration.displayName().strip();
        if (displayName.isEmpty() || displayName.length() > 80) {
            throw new RegistrationRejectedException(Field.DISPLAY_NAME, "Display name must be 1 to 80 characters.");
        }
        passwordPolicy.problemWith(registration.password(), username).ifPresent(problem -> {
            throw new RegistrationRejectedException(Field.PASSWORD, problem);
        });
        UserAccount account = new UserAccount(UserId.random(), username, displayName,
                passwordEncoder.encode(registration.password()), clock.instant());
        try {
            accounts.insert(account);
        } catch (DuplicateKeyException e) {
            throw new RegistrationRejectedException(Field.USERNAME, "The username \"" + username + "\" is already taken.");
        }
        return account.id();
    }

    /** Why this username cannot be registered, or empty when it can. */
    @Transactional(readOnly = true)
    public Optional<String> problemWithUsername(String rawUsername) {
        String username = normalizeUsername(rawUsername);
        if (!USERNAME.matcher(username).matches()) {
            return Optional.of("Username must be 3 to 40 characters: letters, digits, '.', '_' or '-', "
                    + "starting with a letter or digit.");
        }
        if (accounts.existsByUsername(username)) {
            return Optional.of("The username \"" + username + "\" is already taken.");
        }
        return Optional.empty();
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> findByUsername(String username) {
        return accounts.findByUsername(normalizeUsername(username));
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> findById(UserId userId) {
        return accounts.findById(userId);
    }

    @Transactional(readOnly = true)
    public Optional<String> displayNameOf(UserId userId) {
        return accounts.findById(userId).map(UserAccount::displayName);
    }

    static String normalizeUsername(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }
}
