package app.tutti.bench.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Where the CPU went during a load run's window: the node's process, this driver's process, and
 * the whole machine (every process, other people's work included), each in cores used on average.
 * The node's time is the cost of the work measured; the rest says how crowded the machine was.
 */
final class CpuMeter {

    /** Cores used on average over the window. */
    record Usage(double node, double driver, double machineBusy, int cores) {
        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "node %.2f cores, load driver %.2f, whole machine %.2f of %d",
                    node, driver, machineBusy, cores);
        }
    }

    private final NodeProcess node;
    private long startNanos;
    private long nodeStart;
    private long driverStart;
    private long[] machineStart;

    CpuMeter(NodeProcess node) {
        this.node = node;
    }

    void start() {
        startNanos = System.nanoTime();
        nodeStart = node.cpuNanos();
        driverStart = processCpuNanos();
        machineStart = machineJiffies();
    }

    Usage stop() {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        long[] machine = machineJiffies();
        double busy = (double) (machine[0] - machineStart[0]) / Math.max(1, machine[1] - machineStart[1]);
        int cores = Runtime.getRuntime().availableProcessors();
        return new Usage((node.cpuNanos() - nodeStart) / 1e9 / seconds,
                (processCpuNanos() - driverStart) / 1e9 / seconds, busy * cores, cores);
    }

    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Busy and total jiffies of all cores, from the first line of /proc/stat. */
    private static long[] machineJiffies() {
        try {
            long[] fields = Arrays.stream(Files.readAllLines(Path.of("/proc/stat")).getFirst().split("\\s+"))
                    .skip(1).mapToLong(Long::parseLong).toArray();
            long idle = fields[3] + fields[4];
            long total = Arrays.stream(fields).limit(8).sum();
            return new long[] {total - idle, total};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
