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
import java.util.function.ToDoubleFunction;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The editor in real headless Chromium with a 10,000-note project: time from navigation until the
 * roll is loaded and editable (and where that time goes, next to an empty project's), and frame
 * times while a script scrolls and zooms for a few seconds.
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
            List<Open> opens = opens(page, base + "/projects/" + project, NOTES);
            List<Open> emptyOpens = opens(page, base + "/projects/" + empty, 0);
            return table(opens, emptyOpens, frameTimes(page));
        }
    }

    /**
     * One opening of the editor: milliseconds from navigation until the roll shows every note and is
     * editable; of those, the server response that carries the notes (request to last byte, and its
     * size), and the roll's own {@code load} (turning the payload into notes and indexes).
     */
    record Open(double total, double response, long responseBytes, double rollLoad) {
    }

    private static final String TIMINGS = """
            () => {
              const calls = performance.getEntriesByType('resource').filter(e => e.initiatorType === 'xmlhttprequest'
                  || e.initiatorType === 'fetch');
              const notes = calls.reduce((a, b) => (b.decodedBodySize > a.decodedBodySize ? b : a));
              const load = performance.getEntriesByName('roll-load').at(-1);
              return [notes.responseEnd - notes.requestStart, notes.decodedBodySize, load.duration];
            }""";

    /** Opens the project {@link #OPENS} times after one warm-up opening. */
    @SuppressWarnings("unchecked")
    private static List<Open> opens(Page page, String address, int notes) {
        List<Open> opens = new ArrayList<>();
        for (int i = 0; i <= OPENS; i++) {
            long started = System.nanoTime();
            page.navigate(address);
            page.waitForFunction("n => { const el = document.querySelector('tutti-piano-roll');"
                    + " return el && el.hasAttribute('data-ready') && el.noteCount === n; }", notes);
            double total = (System.nanoTime() - started) / 1e6;
            List<Number> timings = (List<Number>) page.evaluate(TIMINGS);
            if (i > 0) {
                opens.add(new Open(total, timings.get(0).doubleValue(), timings.get(1).longValue(),
                        timings.get(2).doubleValue()));
            }
        }
        return opens;
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

    private static String table(List<Open> opens, List<Open> emptyOpens, List<Double> frames) {
        double[] sorted = frames.stream().mapToDouble(Double::doubleValue).toArray();
        double p50 = Percentiles.percentile(sorted, 50);
        double p95 = Percentiles.percentile(sorted, 95);
        return String.format(Locale.ROOT, """
                | open a %,d-note project until editable (%d times) | median %.0f ms | slowest %.0f ms |
                | … of which the server response carrying the notes (%,d KB), request to last byte | median %.0f ms | slowest %.0f ms |
                | … of which the roll's load (payload to notes, index) | median %.0f ms | slowest %.0f ms |
                | open an empty project the same way: page and app start-up alone | median %.0f ms | slowest %.0f ms |
                | … of which its server response (%,d KB) | median %.0f ms | slowest %.0f ms |
                | frames while scrolling and zooming (%d frames) | median %.1f ms (%.0f fps) | 95th percentile %.1f ms |
                """, NOTES, opens.size(), median(opens, Open::total), max(opens, Open::total),
                opens.getFirst().responseBytes() / 1024, median(opens, Open::response), max(opens, Open::response),
                median(opens, Open::rollLoad), max(opens, Open::rollLoad),
                median(emptyOpens, Open::total), max(emptyOpens, Open::total),
                emptyOpens.getFirst().responseBytes() / 1024, median(emptyOpens, Open::response),
                max(emptyOpens, Open::response), frames.size(), p50, 1000 / p50, p95);
    }

    private static double median(List<Open> opens, ToDoubleFunction<Open> value) {
        double[] sorted = opens.stream().mapToDouble(value).sorted().toArray();
        return sorted[sorted.length / 2];
    }

    private static double max(List<Open> opens, ToDoubleFunction<Open> value) {
        return opens.stream().mapToDouble(value).max().orElse(0);
    }
}
