package app.tutti.bench.load;

import app.tutti.testsupport.PostgresTestDatabase;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A {@link LoadNode} process on this run's fresh PostgreSQL database: one real Tutti node whose
 * heap is its own. Its output goes to {@code target/load-node-<name>.log}.
 */
public final class NodeProcess implements AutoCloseable {

    /** Heap in use after garbage collection, and the node's live HTTP sessions. */
    public record Heap(long usedBytes, long sessions) {
    }

    private static final long PATIENCE_SECONDS = 600;
    private static final List<String> REPLIES = List.of("READY ", "CAST ", "DONE", "HEAP ", "CPU ", "UNKNOWN ");

    private final Process process;
    private final PrintWriter commands;
    private final BlockingQueue<String> replies = new LinkedBlockingQueue<>();
    private final URI base;

    private NodeProcess(Process process, Path log) {
        this.process = process;
        this.commands = new PrintWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8), true);
        Thread.ofPlatform().daemon().name("load-node-output").start(() -> copyOutput(log));
        String ready = reply();
        this.base = URI.create("http://localhost:" + ready.substring("READY ".length()).strip() + "/");
    }

    /** Starts a node with {@code heap} (like {@code 1g}) and extra Spring arguments; waits until it serves. */
    public static NodeProcess start(String name, String heap, String... springArguments) {
        Path log = Path.of("target", "load-node-" + name + ".log");
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "--enable-native-access=ALL-UNNAMED", "-Xms" + heap, "-Xmx" + heap, "-Dvaadin.productionMode=true",
                "-Dai.djl.offline=true"));
        // For profiling, e.g. -Dtutti.bench.node-jvm="-XX:StartFlightRecording=filename=target/node.jfr"
        String extraJvm = System.getProperty("tutti.bench.node-jvm", "").strip();
        if (!extraJvm.isEmpty()) {
            command.addAll(List.of(extraJvm.split("\\s+")));
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), LoadNode.class.getName(),
                "--server.port=0", "--tutti.data-dir=target/load-node-" + name, "--logging.level.root=warn",
                "--server.tomcat.mbeanregistry.enabled=true"));
        PostgresTestDatabase.datasourceProperties().forEach((key, value) -> command.add("--" + key + "=" + value));
        command.addAll(List.of(springArguments));
        try {
            Files.createDirectories(log.getParent());
            return new NodeProcess(new ProcessBuilder(command).redirectErrorStream(true).start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URI base() {
        return base;
    }

    /** Accounts and projects made in the node: see {@link LoadFixture#prepare}. */
    public synchronized List<LoadFixture.Cast> cast(int projects, int editors, int viewers) {
        commands.println("CAST " + projects + " " + editors + " " + viewers);
        List<LoadFixture.Cast> casts = new ArrayList<>();
        for (String line = reply(); !line.equals("DONE"); line = reply()) {
            casts.add(LoadFixture.Cast.parse(line));
        }
        return casts;
    }

    public synchronized Heap heap() {
        commands.println("HEAP");
        String[] words = reply().split(" ");
        return new Heap(Long.parseLong(words[1]), Long.parseLong(words[2]));
    }

    /** CPU time the node has used so far, in nanoseconds. */
    public synchronized long cpuNanos() {
        commands.println("CPU");
        return Long.parseLong(reply().substring("CPU ".length()).strip());
    }

    private String reply() {
        try {
            String line = replies.poll(PATIENCE_SECONDS, TimeUnit.SECONDS);
            if (line == null || line.startsWith("UNKNOWN")) {
                throw new IllegalStateException("The load node did not answer (" + line + "); see target/load-node-*.log");
            }
            return line;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void copyOutput(Path log) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8)); PrintWriter file = new PrintWriter(Files.newBufferedWriter(log))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                file.println(line);
                file.flush();
                String reply = line;
                if (REPLIES.stream().anyMatch(reply::startsWith)) {
                    replies.add(reply);
                }
            }
        } catch (IOException e) {
            // The node is gone; a waiting command times out with a pointer to the log.
        }
        replies.add("UNKNOWN node output ended");
    }

    @Override
    public void close() {
        commands.println("QUIT");
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroy();
                process.waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
