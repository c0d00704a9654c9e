package app.tutti.account.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tutti.testsupport.TestClock;
import app.tutti.testsupport.TestUsers;
import app.tutti.testsupport.TuttiSpringTest;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;

/** Logins go through Spring Security's real authentication manager and events. */
@TuttiSpringTest
class LoginThrottleTest {

    @Autowired
    AuthenticationConfiguration authenticationConfiguration;
    @Autowired
    TestUsers users;
    @Autowired
    TestClock clock;

    AuthenticationManager authenticationManager;

    @BeforeEach
    void setUp() throws Exception {
        authenticationManager = authenticationConfiguration.getAuthenticationManager();
    }

    @Test
    void the_right_password_logs_in() {
        String name = users.register("hana");
        assertThat(login(name, TestUsers.PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void five_wrong_passwords_lock_the_account_even_for_the_right_password() {
        String name = users.register("ivan");
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> login(name, "wrong password")).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> login(name, TestUsers.PASSWORD)).isInstanceOf(LockedException.class);
    }

    @Test
    void the_lock_ends_after_the_lock_duration() {
        String name = users.register("jana");
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> login(name, "wrong password")).isInstanceOf(BadCredentialsException.class);
        }
        clock.advance(Duration.ofMinutes(16));
        assertThat(login(name, TestUsers.PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void a_successful_login_resets_the_count() {
        String name = users.register("kai");
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> login(name, "wrong password")).isInstanceOf(BadCredentialsException.class);
        }
        login(name, TestUsers.PASSWORD);
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> login(name, "wrong password")).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(login(name, TestUsers.PASSWORD).isAuthenticated()).isTrue();
    }

    private org.springframework.security.core.Authentication login(String username, String password) {
        return authenticationManager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }
}
