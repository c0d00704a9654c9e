package app.tutti.bench.load;

import app.tutti.TuttiApplication;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import javax.management.JMException;
import javax.management.ObjectName;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A whole Tutti node in its own process for the load benchmarks ({@link NodeProcess} starts it),
 * so the node's heap holds only the node. Arguments are Spring arguments. Prints
 * {@code READY <port>}, then answers commands on standard input:
 * <ul>
 * <li>{@code CAST <projects> <editors> <viewers>}: accounts and shared projects ({@link LoadFixture}),
 * one {@code CAST ...} line each, then {@code DONE};</li>
 * <li>{@code HEAP}: collects garbage, then prints {@code HEAP <used bytes> <open HTTP sessions>};</li>
 * <li>{@code CPU}: prints {@code CPU <CPU time this process has used, in ns>};</li>
 * <li>{@code QUIT}: stops.</li>
 * </ul>
 */
public final class LoadNode {

    private LoadNode() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        ConfigurableApplicationContext app = new SpringApplicationBuilder(TuttiApplication.class).profiles("test")
                .run(args);
        System.out.println("READY " + ((WebServerApplicationContext) app).getWebServer().getPort());
        BufferedReader commands = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = commands.readLine(); line != null && !line.equals("QUIT"); line = commands.readLine()) {
            String[] words = line.split(" ");
            switch (words[0]) {
                case "CAST" -> {
                    LoadFixture.prepare(app, Integer.parseInt(words[1]), Integer.parseInt(words[2]),
                            Integer.parseInt(words[3])).forEach(cast -> System.out.println(cast.line()));
                    System.out.println("DONE");
                }
                case "HEAP" -> System.out.println("HEAP " + heapAfterGc() + " " + openSessions());
                case "CPU" -> System.out.println("CPU " + CpuMeter.processCpuNanos());
                default -> System.out.println("UNKNOWN " + line);
            }
        }
        app.close();
        System.exit(0);
    }

    private static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(300);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Tomcat's count of live HTTP sessions (needs {@code server.tomcat.mbeanregistry.enabled}); -1 if unknown. */
    private static long openSessions() {
        try {
            return ((Number) ManagementFactory.getPlatformMBeanServer()
                    .getAttribute(new ObjectName("Tomcat:type=Manager,host=localhost,context=/"), "activeSessions"))
                    .longValue();
        } catch (JMException | RuntimeException e) {
            return -1;
        }
    }
}
