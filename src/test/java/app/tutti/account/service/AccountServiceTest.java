package app.tutti.account.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tutti.account.domain.UserAccountRepository;
import app.tutti.account.service.RegistrationRejectedException.Field;
import app.tutti.testsupport.TuttiSpringTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

@TuttiSpringTest
class AccountServiceTest {

    @Autowired
    AccountService accounts;
    @Autowired
    UserAccountRepository repository;
    @Autowired
    PasswordEncoder passwordEncoder;

    private static String uniqueName() {
        return "user-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void registration_stores_a_bcrypt_hash_never_the_password() {
        String name = uniqueName();
        accounts.register(new Registration(name, "Ana Ortiz", "a tune in my head"));

        var account = repository.findByUsername(name).orElseThrow();
        assertThat(account.displayName()).isEqualTo("Ana Ortiz");
        assertThat(account.passwordHash()).startsWith("$2").doesNotContain("a tune in my head");
        assertThat(passwordEncoder.matches("a tune in my head", account.passwordHash())).isTrue();
    }

    @Test
    void usernames_are_unique_regardless_of_case() {
        String name = uniqueName();
        accounts.register(new Registration(name, "First", "a tune in my head"));

        assertRejected(new Registration(name.toUpperCase(), "Second", "another fine tune"), Field.USERNAME,
                "is already taken");
    }

    @Test
    void short_passwords_are_rejected() {
        assertRejected(new Registration(uniqueName(), "Ana", "seven77"), Field.PASSWORD, "at least 8 characters");
    }

    @Test
    void common_passwords_are_rejected_in_any_case() {
        assertRejected(new Registration(uniqueName(), "Ana", "Password123"), Field.PASSWORD, "too common");
        assertRejected(new Registration(uniqueName(), "Ana", "QWERTYUIOP"), Field.PASSWORD, "too common");
    }

    @Test
    void passwords_containing_the_username_are_rejected() {
        String name = uniqueName();
        assertRejected(new Registration(name, "Ana", "my" + name + "!"), Field.PASSWORD, "must not contain");
    }

    @Test
    void malformed_usernames_are_rejected() {
        assertRejected(new Registration("ab", "Ana", "a tune in my head"), Field.USERNAME, "3 to 40 characters");
        assertRejected(new Registration("has space", "Ana", "a tune in my head"), Field.USERNAME, "3 to 40");
        assertRejected(new Registration("-dash", "Ana", "a tune in my head"), Field.USERNAME, "starting with");
    }

    @Test
    void a_rejected_registration_creates_no_account() {
        String name = uniqueName();
        assertRejected(new Registration(name, "Ana", "short"), Field.PASSWORD, "at least");
        assertThat(repository.existsByUsername(name)).isFalse();
    }

    private void assertRejected(Registration registration, Field field, String messagePart) {
        assertThatThrownBy(() -> accounts.register(registration))
                .isInstanceOfSatisfying(RegistrationRejectedException.class,
                        e -> assertThat(e.field()).isEqualTo(field))
                .hasMessageContaining(messagePart);
    }
}
