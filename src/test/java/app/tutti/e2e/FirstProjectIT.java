package app.tutti.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.tutti.testsupport.Browser;
import app.tutti.testsupport.BrowserTest;
import com.microsoft.playwright.Page;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A new user, in real headless Chromium: register, log in, create a project, reload, still there. */
class FirstProjectIT extends BrowserTest {





    @Test
    void register_log_in_create_a_project_and_find_it_after_a_reload() {
        Page page = browser.newPage(1280, 800);
        String username = "e2e-" + UUID.randomUUID().toString().substring(0, 8);

        page.navigate(url("/"));
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
        page.navigate(url("/templates"));
        assertThat(page.locator(".tutti-template-card")).hasCount(7);
        assertThat(page.locator(".tutti-template-card").first()).containsText("MIT licence");
        Browser.screenshot(page, "templates");
        page.click("#use-jsb-test-1");
        assertThat(page.locator("tutti-piano-roll[data-ready]")).isVisible();
        page.waitForFunction("() => document.querySelector('tutti-piano-roll').noteCount > 100");
        Browser.screenshot(page, "editor-chorale");

        page.click("#user-menu vaadin-menu-bar-button");
        page.click("vaadin-menu-bar-item:has-text('Log out')");
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login.*"));
        page.navigate(url("/"));
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/login$"));
    }
}
