package app.tutti.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.tutti.composition.ui.ProjectListView;
import app.tutti.testsupport.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;

class LoginViewTest extends KaribuTest {

    @Test
    void anonymous_users_are_sent_to_the_login_view() {
        UI.getCurrent().navigate(ProjectListView.class);
        assertThat(_get(LoginView.class)).isNotNull();
    }

    @Test
    void a_failed_login_shows_the_error() {
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
        assertThat(_get(LoginView.class).login.isError()).isTrue();
    }

    @Test
    void after_registering_the_login_view_says_the_account_is_ready() {
        UI.getCurrent().navigate("login", QueryParameters.of("registered", ""));
        LoginView view = _get(LoginView.class);
        assertThat(view.notice.isVisible()).isTrue();
        assertThat(view.notice.getText()).contains("Your account is ready");
        assertThat(view.login.isError()).isFalse();
    }
}
