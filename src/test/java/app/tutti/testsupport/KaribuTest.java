package app.tutti.testsupport;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;

/**
 * Vaadin views driven without a browser (Karibu-Testing) inside the real Spring application.
 * {@link #logIn} signs a real account in for both Spring Security and Vaadin's route checks.
 */
@TuttiSpringTest
public abstract class KaribuTest {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("app.tutti");

    @Autowired
    protected ApplicationContext context;
    @Autowired
    protected TestUsers users;

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(ROUTES, context, UI::new));
    }

    @AfterEach
    void tearDownVaadin() {
        users.logOut();
        MockVaadin.tearDown();
    }

    /** Registers a fresh account, logs it in, and returns its username. */
    protected String registerAndLogIn(String prefix) {
        String username = users.register(prefix);
        logIn(username);
        return username;
    }

    protected void logIn(String username) {
        Authentication authentication = users.logIn(username);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
    }
}
