package app.tutti.account.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The login page; Spring Security handles the POST to /login. */
@Route(value = "login", autoLayout = false)
@PageTitle("Log in · Tutti")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    final LoginForm login = new LoginForm();
    final Paragraph notice = new Paragraph();

    LoginView() {
        addClassName("tutti-auth-page");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setI18n(i18n());
        notice.addClassName("tutti-auth-notice");
        notice.setVisible(false);
        notice.setId("login-notice");

        Div signUp = new Div(new com.vaadin.flow.component.html.Span("New to Tutti? "),
                new Anchor("register", "Create an account"));
        signUp.setId("sign-up-link");
        add(new H1("♪ Tutti"), new Paragraph("Compose music together, in your browser."), notice, login, signUp);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters().getParameters();
        login.setError(params.containsKey("error"));
        if (params.containsKey("registered")) {
            notice.setText("Your account is ready. Log in to start composing.");
            notice.setVisible(true);
        }
    }

    private static LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Log in");
        i18n.getErrorMessage().setTitle("Could not log you in");
        i18n.getErrorMessage().setMessage("Check your username and password. After "
                + "several failed attempts an account is locked for 15 minutes.");
        return i18n;
    }
}
