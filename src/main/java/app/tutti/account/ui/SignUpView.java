package app.tutti.account.ui;

import app.tutti.account.service.AccountService;
import app.tutti.account.service.PasswordPolicy;
import app.tutti.account.service.Registration;
import app.tutti.account.service.RegistrationRejectedException;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;

/** Create an account; every rule is checked by {@link AccountService}, the form only shows the verdict. */
@Route(value = "register", autoLayout = false)
@PageTitle("Create account · Tutti")
@AnonymousAllowed
public class SignUpView extends VerticalLayout {

    final TextField username = new TextField("Username");
    final TextField displayName = new TextField("Display name");
    final PasswordField password = new PasswordField("Password");
    final PasswordField confirmPassword = new PasswordField("Repeat password");
    final Button create = new Button("Create account");

    private final AccountService accountService;

    SignUpView(AccountService accountService) {
        this.accountService = accountService;
        addClassName("tutti-auth-page");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        username.setId("username");
        username.setHelperText("3–40 characters: letters, digits, . _ -");
        displayName.setId("display-name");
        displayName.setHelperText("Shown to collaborators and in credits");
        displayName.setMaxLength(80);
        password.setId("password");
        password.setHelperText("At least " + PasswordPolicy.MIN_LENGTH + " characters, not a common password");
        confirmPassword.setId("confirm-password");
        allFields().forEach(field -> field.setRequired(true));
        create.setId("create-account");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickShortcut(Key.ENTER);
        create.addClickListener(e -> submit());

        Div form = new Div(new H2("Create your account"), username, displayName, password, confirmPassword, create,
                new Div(new Span("Already have an account? "), new Anchor("login", "Log in")));
        form.addClassName("tutti-auth-card");
        add(new H1("♪ Tutti"), form);
    }

    void submit() {
        allFields().forEach(field -> field.setInvalid(false));
        if (!password.getValue().equals(confirmPassword.getValue())) {
            markInvalid(confirmPassword, "The passwords do not match.");
            return;
        }
        String name = displayName.getValue().isBlank() ? username.getValue() : displayName.getValue();
        try {
            accountService.register(new Registration(username.getValue(), name, password.getValue()));
            getUI().ifPresent(ui -> ui.getPage().setLocation("login?registered"));
        } catch (RegistrationRejectedException e) {
            markInvalid(switch (e.field()) {
                case USERNAME -> username;
                case DISPLAY_NAME -> displayName;
                case PASSWORD -> password;
            }, e.getMessage());
        }
    }

    private static void markInvalid(TextFieldBase<?, ?> field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    private List<TextFieldBase<?, ?>> allFields() {
        return List.of(username, displayName, password, confirmPassword);
    }
}
