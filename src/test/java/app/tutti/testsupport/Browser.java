package app.tutti.testsupport;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

/**
 * A real headless Chromium (Debian's package) driven by Playwright. One per test class; close it
 * after. Screenshots go to {@code target/screenshots}.
 */
public final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Paths.get(System.getenv().getOrDefault("TUTTI_CHROMIUM", "/usr/bin/chromium"));
    private static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-dev-shm-usage", "--autoplay-policy=no-user-gesture-required");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;

    public Browser() {
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM).setHeadless(true).setArgs(FLAGS));
    }

    /** A fresh page in its own context (no shared cookies), sized like a laptop screen. */
    public Page newPage(int width, int height) {
        Page page = chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(width, height)).newPage();
        // Generous: the first page of a fresh app compiles a lot, and CI shares 2 cores with the server.
        page.setDefaultTimeout(60_000);
        return page;
    }

    /** Logs in through the app's login page at {@code baseUrl} and waits until the app lets the user in. */
    public static void logIn(Page page, String baseUrl, String username) {
        page.navigate(baseUrl + "/login");
        page.fill("vaadin-login-form input[name=username]", username);
        page.fill("vaadin-login-form input[name=password]", TestUsers.PASSWORD);
        page.keyboard().press("Enter");
        page.waitForURL(address -> !address.contains("/login"));
    }

    /**
     * Waits until the piano roll on {@code page} is ready, allowing for a node that has just
     * started: its first editor page can take far longer than the default wait (cold JVM, the
     * first Vaadin session, a busy machine).
     */
    public static void waitForRollOnAFreshNode(Page page) {
        try {
            PlaywrightAssertions.assertThat(page.locator("tutti-piano-roll[data-ready]"))
                    .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(90_000));
        } catch (AssertionError e) {
            screenshot(page, "no-roll-" + System.currentTimeMillis());
            throw new AssertionError("No piano roll at " + page.url() + ": " + e.getMessage(), e);
        }
    }

    public static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/screenshots", name + ".png")));
    }

    @Override
    public void close() {
        chromium.close();
        playwright.close();
    }
}
