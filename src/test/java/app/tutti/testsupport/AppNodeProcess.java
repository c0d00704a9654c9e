package app.tutti.testsupport;

import app.tutti.TuttiApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A whole Tutti node in its own process, on this run's fresh PostgreSQL database and a fixed port,
 * so a test can kill it with {@code kill -9} and start it again at the same address (a browser
 * then finds it where it was). Its output goes to {@code target/<name>.log}.
 */
public final class AppNodeProcess implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofMinutes(5);

    private final String name;
    private final int port;
    private final List<String> extraArguments;
    private Process process;

    private AppNodeProcess(String name, int port, List<String> extraArguments) {
        this.name = name;
        this.port = port;
        this.extraArguments = extraArguments;
    }

    /** Starts a node on a free port and waits until it answers. */
    public static AppNodeProcess start(String name, String... extraArguments) {
        AppNodeProcess node = new AppNodeProcess(name, freePort(), List.of(extraArguments));
        node.restart();
        return node;
    }

    /**
     * The java command that runs {@code mainClass} with this test run's classpath, the flags the
     * tests run with, and the datasource of this run's PostgreSQL database after {@code arguments}.
     */
    public static List<String> javaCommand(Class<?> mainClass, List<String> arguments) {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "--enable-native-access=ALL-UNNAMED", "-Xmx512m", "-Dvaadin.productionMode=true",
                "-Dai.djl.offline=true", "-cp", System.getProperty("java.class.path"), mainClass.getName()));
        command.addAll(arguments);
        PostgresTestDatabase.datasourceProperties().forEach((key, value) -> command.add("--" + key + "=" + value));
        return command;
    }

    /** Starts the node again (after {@link #kill}) on the same port and waits until it answers. */
    public void restart() {
        List<String> arguments = new ArrayList<>(List.of("--spring.profiles.active=test", "--server.port=" + port,
                "--tutti.data-dir=target/node-" + name));
        arguments.addAll(extraArguments);
        try {
            process = new ProcessBuilder(javaCommand(TuttiApplication.class, arguments)).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(Path.of("target", name + ".log").toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitHealthy();
    }

    /** {@code kill -9}: the node gets no chance to finish anything. Returns the exit code (137). */
    public int kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
                throw new IllegalStateException(name + " did not die");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return process.exitValue();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void awaitHealthy() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create(url("/actuator/health"))).build();
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped while starting; see target/" + name + ".log");
            }
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // Not listening yet.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            pause();
        }
        throw new IllegalStateException(name + " did not answer within " + PATIENCE + "; see target/" + name + ".log");
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            kill();
        }
    }
}
