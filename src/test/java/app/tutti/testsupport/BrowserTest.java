package app.tutti.testsupport;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test that drives the running app in real headless Chromium: one browser per test class, the
 * server on a random port, and logging in through the real login page.
 */
@RequiresChromium
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class BrowserTest {

    protected static Browser browser;

    @LocalServerPort
    protected int port;
    @Autowired
    protected TestUsers users;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @AfterEach
    void logOutOfTheTestThread() {
        users.logOut();
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Logs in through the login page and waits until the app has let the user in. */
    protected void logIn(Page page, String username) {
        page.navigate(url("/login"));
        page.fill("vaadin-login-form input[name=username]", username);
        page.fill("vaadin-login-form input[name=password]", TestUsers.PASSWORD);
        page.keyboard().press("Enter");
        page.waitForURL(address -> !address.contains("/login"));
    }
}
