package app.tutti.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.tutti.testsupport.Browser;
import app.tutti.testsupport.RequiresChromium;
import com.microsoft.playwright.Page;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** A new user, in real headless Chromium: register, log in, create a project, reload, still there. */
@RequiresChromium
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class FirstProjectIT {

    static Browser browser;

    @LocalServerPort
    int port;

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

    @Test
    void register_log_in_create_a_project_and_find_it_after_a_reload() {
        Page page = browser.newPage(1280, 800);
        String username = "e2e-" + UUID.randomUUID().toString().substring(0, 8);

        page.navigate("http://localhost:" + port + "/");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login$"));
        Browser.screenshot(page, "login");
        page.click("text=Create an account");
        page.fill("#username input", username);
        page.fill("#display-name input", "Erin Example");
        page.fill("#password input", "a melody for testing");
        page.fill("#confirm-password input", "a melody for testing");
        Browser.screenshot(page, "register");
        page.click("#create-account");

        assertThat(page.locator("#login-notice")).containsText("Your account is ready");
        page.fill("vaadin-login-form input[name=username]", username);
        page.fill("vaadin-login-form input[name=password]", "a melody for testing");
        page.keyboard().press("Enter");

        assertThat(page.locator("#empty-state")).isVisible();
        page.click("#new-project");
        page.fill("#project-title input", "Browser ballad");
        page.click("#create-project");
        assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Browser ballad")))
                .isVisible();

        page.reload();
        assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Browser ballad")))
                .isVisible();
        assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("120 BPM · 4/4 · C major")))
                .isVisible();
        Browser.screenshot(page, "projects");

        page.setViewportSize(390, 844);
        page.reload();
        assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Browser ballad")))
                .isVisible();
        Object overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue()).as("no sideways scrolling on a phone").isLessThanOrEqualTo(0);
        Browser.screenshot(page, "projects-phone");

        page.setViewportSize(1280, 800);
        page.click("#user-menu vaadin-menu-bar-button");
        page.click("vaadin-menu-bar-item:has-text('Log out')");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login.*"));
        page.navigate("http://localhost:" + port + "/");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login$"));
    }
}
