package app.tutti.bench;

import app.tutti.TuttiApplication;
import app.tutti.base.domain.ProjectId;
import app.tutti.collab.service.EditSessionService;
import app.tutti.composition.domain.EditOp;
import app.tutti.composition.domain.Note;
import app.tutti.composition.domain.NoteDocument;
import app.tutti.composition.domain.ProjectDetails;
import app.tutti.composition.service.ProjectService;
import app.tutti.testsupport.Browser;
import app.tutti.testsupport.TestUsers;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The editor in real headless Chromium with a 10,000-note project: time from navigation until the
 * roll is loaded and editable, and frame times while a script scrolls and zooms for a few seconds.
 */
final class EditorBrowserBenchmark {

    private static final int NOTES = 10_000;
    private static final int OPENS = 5;

    private EditorBrowserBenchmark() {
    }

    static String measure() {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(TuttiApplication.class).run(
                "--server.port=0", "--spring.main.banner-mode=off", "--logging.level.root=warn",
                "--spring.datasource.url=jdbc:h2:mem:browser-bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "--tutti.data-dir=target/bench-data");
                Browser browser = new Browser()) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            TestUsers users = app.getBean(TestUsers.class);
            String username = users.register("bench");
            users.logIn(username);
            ProjectId project = projectWithNotes(app, NOTES);
            ProjectId empty = projectWithNotes(app, 0);
            Page page = browser.newPage(1280, 800);
            String base = "http://localhost:" + port;
            Browser.logIn(page, base, username);
            List<Long> responseBytes = new ArrayList<>();
            page.onResponse(response -> {
                if (response.url().contains("v-r=uidl")) {
                    responseBytes.add((long) response.body().length);
                }
            });
            List<Double> opens = opens(page, base + "/projects/" + project, NOTES);
            long largestResponse = responseBytes.stream().mapToLong(Long::longValue).max().orElse(0);
            List<Double> emptyOpens = opens(page, base + "/projects/" + empty, 0);
            return table(opens, emptyOpens, largestResponse, frameTimes(page));
        }
    }

    /** Milliseconds from navigation until the roll shows {@code notes} notes and is editable, {@link #OPENS} times. */
    private static List<Double> opens(Page page, String address, int notes) {
        List<Double> opens = new ArrayList<>();
        for (int i = 0; i <= OPENS; i++) {
            long started = System.nanoTime();
            page.navigate(address);
            page.waitForFunction("n => { const el = document.querySelector('tutti-piano-roll');"
                    + " return el && el.hasAttribute('data-ready') && el.noteCount === n; }", notes);
            if (i > 0) {
                opens.add((System.nanoTime() - started) / 1e6);
            }
        }
        return opens.stream().sorted().toList();
    }

    private static ProjectId projectWithNotes(ConfigurableApplicationContext app, int count) {
        ProjectService projects = app.getBean(ProjectService.class);
        EditSessionService edits = app.getBean(EditSessionService.class);
        ProjectId project = projects.create(ProjectDetails.untitled());
        UUID track = projects.tracksOf(project).getFirst().id();
        List<Note> notes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            notes.add(new Note(UUID.randomUUID(), track, 40 + (i * 7) % 48, i * 120L, 240, 60 + i % 60));
        }
        NoteDocument.batches(notes).forEach(
                batch -> edits.submit(project, UUID.randomUUID(), 0, new EditOp.AddNotes(batch)));
        return project;
    }

    /** Milliseconds between animation frames while wheel events scroll and zoom the roll for 3 s. */
    @SuppressWarnings("unchecked")
    private static List<Double> frameTimes(Page page) {
        page.evaluate("() => { window.frames_ = []; let last = performance.now();"
                + " const tick = t => { window.frames_.push(t - last); last = t;"
                + " if (window.frames_.length < 400) requestAnimationFrame(tick); }; requestAnimationFrame(tick); }");
        var box = page.locator("tutti-piano-roll").boundingBox();
        page.mouse().move(box.x + box.width / 2, box.y + box.height / 2);
        long end = System.currentTimeMillis() + 3000;
        for (int i = 0; System.currentTimeMillis() < end; i++) {
            if (i % 20 < 10) {
                page.keyboard().down("Shift");
                page.mouse().wheel(0, 120);
                page.keyboard().up("Shift");
            } else {
                page.mouse().wheel(0, i % 40 < 30 ? 60 : -60);
            }
        }
        List<Number> frames = (List<Number>) page.evaluate("() => window.frames_.slice(5)");
        return frames.stream().map(Number::doubleValue).sorted().toList();
    }

    private static String table(List<Double> opens, List<Double> emptyOpens, long largestResponse,
            List<Double> frames) {
        double p50 = frames.get(frames.size() / 2);
        double p95 = frames.get((int) (frames.size() * 0.95));
        return String.format(Locale.ROOT, """
                | open a %,d-note project until editable (%d times) | median %.0f ms | slowest %.0f ms |
                | open an empty project the same way: page and app start-up alone (%d times) | median %.0f ms | slowest %.0f ms |
                | largest server response while opening the %,d-note project | %,d KB | |
                | frames while scrolling and zooming (%d frames) | median %.1f ms (%.0f fps) | 95th percentile %.1f ms |
                """, NOTES, opens.size(), opens.get(opens.size() / 2), opens.getLast(), emptyOpens.size(),
                emptyOpens.get(emptyOpens.size() / 2), emptyOpens.getLast(), NOTES, largestResponse / 1024,
                frames.size(), p50, 1000 / p50, p95);
    }
}
