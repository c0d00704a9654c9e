package app.tutti.bench.load;

import java.net.URI;
import java.net.http.HttpClient;
import app.tutti.testsupport.TestUsers;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;

/**
 * What all simulated tabs of one load run share: one HTTP client (its connection pool and
 * selector thread; cookies are kept per tab) and one timer thread for the tabs' heartbeats.
 */
public final class LoadClient implements AutoCloseable {

    static final Duration TIMEOUT = Duration.ofSeconds(120);

    private final URI base;
    private final HttpClient http;
    private final ScheduledExecutorService timer;

    /** A client for the app at {@code base} (for example {@code http://localhost:8080/}). */
    public LoadClient(URI base) {
        this.base = base.toString().endsWith("/") ? base : URI.create(base + "/");
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.timer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("tab-heartbeats")
                .factory());
    }

    /** A new tab with its own cookies: a browser that has not been to the site yet. */
    public EditorTab newTab() {
        return new EditorTab(this);
    }

    /** A new tab in which {@code username} logs in and opens the editor of {@code projectId}. */
    public EditorTab openEditor(String username, String projectId) {
        EditorTab tab = newTab();
        tab.logIn(username, TestUsers.PASSWORD);
        tab.open("projects/" + projectId);
        return tab;
    }

    /** Opens a tab per seat, {@code parallel} at a time (each login hashes a password on the server); in seat order. */
    public List<EditorTab> openEditors(List<Seat> seats, int parallel) {
        try (ExecutorService threads = Executors.newFixedThreadPool(parallel, Thread.ofVirtual().factory())) {
            List<Future<EditorTab>> tabs = seats.stream()
                    .map(seat -> threads.submit(() -> openEditor(seat.username(), seat.projectId()))).toList();
            return tabs.stream().map(LoadClient::result).toList();
        }
    }

    /** Who sits where: a user and the project whose editor they open. */
    public record Seat(String username, String projectId) {
    }

    private static EditorTab result(Future<EditorTab> tab) {
        try {
            return tab.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Opening an editor failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    URI base() {
        return base;
    }

    HttpClient http() {
        return http;
    }

    ScheduledExecutorService timer() {
        return timer;
    }

    @Override
    public void close() {
        timer.shutdownNow();
        http.shutdownNow();
    }
}
