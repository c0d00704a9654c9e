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

    protected void logIn(Page page, String username) {
        Browser.logIn(page, url(""), username);
    }
}
