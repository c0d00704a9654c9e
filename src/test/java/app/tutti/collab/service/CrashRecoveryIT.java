package app.tutti.collab.service;

import static org.assertj.core.api.Assertions.assertThat;

import app.tutti.testsupport.AppNodeProcess;
import app.tutti.testsupport.PostgresTestDatabase;
import app.tutti.testsupport.RequiresPostgres;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * Kill -9 a node while it is acknowledging edits, start it again: every operation it acknowledged
 * is in the log with the sequence number it was given, the log has no holes, and the restarted
 * node carries on from there. The node is a real process ({@link EditingNode}) on this run's fresh
 * PostgreSQL database; its output goes to {@code target/crash-node-*.log}. Waits are generous (the
 * machine may be busy); nothing is timed.
 */
@RequiresPostgres
class CrashRecoveryIT {

    private static final long PATIENCE_SECONDS = 600;

    record Node(Process process, Thread output, BlockingQueue<String> acks) {
    }

    @Test
    void after_a_kill_9_every_acknowledged_op_is_in_the_log_and_the_node_carries_on() throws Exception {
        String username = "crash-" + UUID.randomUUID().toString().substring(0, 8);
        Map<UUID, Long> acknowledged = new LinkedHashMap<>();

        Node first = start(username, 0, "first");
        awaitAcks(first, 30);
        first.process().destroyForcibly();
        assertThat(first.process().waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(first.process().exitValue()).as("killed by SIGKILL").isEqualTo(137);
        collectAll(first, acknowledged);
        long lastBeforeCrash = acknowledged.values().stream().mapToLong(Long::longValue).max().orElseThrow();

        Node second = start(username, 5, "second");
        assertThat(second.process().waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(second.process().exitValue()).isZero();
        Map<UUID, Long> afterRestart = new LinkedHashMap<>();
        collectAll(second, afterRestart);

        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(30);
        assertThat(afterRestart).hasSize(5).allSatisfy((id, seq) -> assertThat(seq).isGreaterThan(lastBeforeCrash));
        Map<UUID, Long> log = opLogOf(username);
        assertThat(log).containsAllEntriesOf(acknowledged).containsAllEntriesOf(afterRestart);
        assertThat(log.values()).containsExactlyElementsOf(LongStream.rangeClosed(1, log.size()).boxed().toList());
    }

    private static Node start(String username, int count, String name) throws IOException {
        Path logFile = Path.of("target", "crash-node-" + name + ".log");
        List<String> command = AppNodeProcess.javaCommand(EditingNode.class, List.of(username, Integer.toString(count),
                "--server.port=0", "--tutti.data-dir=target/crash-node"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        BlockingQueue<String> acks = new LinkedBlockingQueue<>();
        Thread output = Thread.ofPlatform().daemon().name("crash-node-" + name)
                .start(() -> copyOutput(process, logFile, acks));
        return new Node(process, output, acks);
    }

    private static void copyOutput(Process process, Path logFile, BlockingQueue<String> acks) {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                PrintWriter log = new PrintWriter(Files.newBufferedWriter(logFile))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                log.println(line);
                if (line.startsWith("ACK ")) {
                    acks.add(line);
                }
            }
        } catch (IOException e) {
            // The process was killed mid-line; what it acknowledged before is in the queue.
        }
    }

    /** Waits until the node has acknowledged {@code howMany} operations (or died, which fails later). */
    private static void awaitAcks(Node node, int howMany) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
        while (node.acks().size() < howMany && node.process().isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(node.acks()).as("acknowledgements (see target/crash-node-*.log)").hasSizeGreaterThanOrEqualTo(howMany);
    }

    /** Every acknowledgement the (finished) node printed. */
    private static void collectAll(Node node, Map<UUID, Long> into) throws InterruptedException {
        node.output().join(TimeUnit.SECONDS.toMillis(PATIENCE_SECONDS));
        for (String ack : node.acks()) {
            String[] parts = ack.split(" ");
            into.put(UUID.fromString(parts[1]), Long.parseLong(parts[2]));
        }
    }

    private static Map<UUID, Long> opLogOf(String username) throws SQLException {
        var properties = PostgresTestDatabase.datasourceProperties();
        Map<UUID, Long> log = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection((String) properties.get("spring.datasource.url"),
                (String) properties.get("spring.datasource.username"),
                (String) properties.get("spring.datasource.password"));
                PreparedStatement query = connection.prepareStatement("""
                        SELECT client_op_id, seq FROM op_log WHERE project_id = (
                            SELECT m.project_id FROM project_member m JOIN user_account u ON u.id = m.user_id
                            WHERE u.username = ?) ORDER BY seq""")) {
            query.setString(1, username);
            ResultSet rows = query.executeQuery();
            while (rows.next()) {
                log.put(rows.getObject(1, UUID.class), rows.getLong(2));
            }
        }
        return log;
    }
}
