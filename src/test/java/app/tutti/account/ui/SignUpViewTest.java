package app.tutti.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.tutti.account.domain.UserAccountRepository;
import app.tutti.testsupport.KaribuTest;
import com.vaadin.flow.component.UI;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SignUpViewTest extends KaribuTest {

    @Autowired
    UserAccountRepository accounts;

    SignUpView view;
    String username;

    @BeforeEach
    void openView() {
        UI.getCurrent().navigate(SignUpView.class);
        view = _get(SignUpView.class);
        username = "nina-" + UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    void a_valid_form_creates_the_account() {
        fill(username, "Nina", "songs at midnight", "songs at midnight");
        _click(view.create);

        assertThat(accounts.findByUsername(username)).hasValueSatisfying(a -> assertThat(a.displayName()).isEqualTo("Nina"));
        assertThat(view.password.isInvalid()).isFalse();
    }

    @Test
    void a_weak_password_is_marked_on_the_password_field_and_creates_nothing() {
        fill(username, "Nina", "password1", "password1");
        _click(view.create);

        assertThat(view.password.isInvalid()).isTrue();
        assertThat(view.password.getErrorMessage()).isEqualTo("This password is too common; please choose another.");
        assertThat(accounts.existsByUsername(username)).isFalse();
    }

    @Test
    void a_taken_username_is_marked_on_the_username_field() {
        fill(username, "Nina", "songs at midnight", "songs at midnight");
        _click(view.create);
        fill(username.toUpperCase(), "Other Nina", "another long phrase", "another long phrase");
        _click(view.create);

        assertThat(view.username.isInvalid()).isTrue();
        assertThat(view.username.getErrorMessage()).contains("already taken");
    }

    @Test
    void mismatched_passwords_are_caught_before_anything_is_saved() {
        fill(username, "Nina", "songs at midnight", "songs at noon");
        _click(view.create);

        assertThat(view.confirmPassword.isInvalid()).isTrue();
        assertThat(view.confirmPassword.getErrorMessage()).isEqualTo("The passwords do not match.");
        assertThat(accounts.existsByUsername(username)).isFalse();
    }

    private void fill(String name, String displayName, String password, String confirm) {
        _setValue(view.username, name);
        _setValue(view.displayName, displayName);
        _setValue(view.password, password);
        _setValue(view.confirmPassword, confirm);
    }
}
