package app.tutti.account.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Locks a username for a while after repeated failed logins, so passwords cannot be guessed
 * quickly. Spring Security reports each attempt as an event; a locked account is refused before
 * its password is even checked (see {@link AccountUserDetailsService}).
 */
@Component
public class LoginThrottle {

    private record Failures(int count, Instant lastFailure) {
    }

    /** Guessing many made-up usernames must not grow the map without bound. */
    private static final int MAX_TRACKED_USERNAMES = 10_000;

    private final Map<String, Failures> failuresByUsername = new ConcurrentHashMap<>();
    private final int maxFailures;
    private final Duration lockDuration;
    private final Clock clock;

    LoginThrottle(@Value("${tutti.login.max-failures}") int maxFailures,
            @Value("${tutti.login.lock-duration}") Duration lockDuration, Clock clock) {
        this.maxFailures = maxFailures;
        this.lockDuration = lockDuration;
        this.clock = clock;
    }

    public boolean isLocked(String username) {
        Failures failures = failuresByUsername.get(key(username));
        if (failures == null) {
            return false;
        }
        if (failures.lastFailure().plus(lockDuration).isBefore(clock.instant())) {
            failuresByUsername.remove(key(username), failures);
            return false;
        }
        return failures.count() >= maxFailures;
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        Instant now = clock.instant();
        if (failuresByUsername.size() > MAX_TRACKED_USERNAMES) {
            failuresByUsername.values().removeIf(f -> f.lastFailure().plus(lockDuration).isBefore(now));
        }
        failuresByUsername.merge(key(event.getAuthentication().getName()), new Failures(1, now),
                (old, one) -> old.lastFailure().plus(lockDuration).isBefore(now)
                        ? one : new Failures(old.count() + 1, now));
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        failuresByUsername.remove(key(event.getAuthentication().getName()));
    }

    private static String key(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }
}
