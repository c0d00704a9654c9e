package app.tutti.bench.load;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Lets every simulated person edit, each on its own virtual thread, until the window ends, then
 * waits (at most {@link #DRAIN}) until every edit has been answered. Returns where the CPU went
 * during the window.
 */
final class EditingRun {

    /** What a person does before each edit: nothing (as fast as acknowledgements allow) or think for a while. */
    interface Pace {
        void beforeEdit() throws InterruptedException;
    }

    static final Duration DRAIN = Duration.ofSeconds(60);

    private EditingRun() {
    }

    static CpuMeter.Usage run(List<LoadEditor> editors, Window window, Supplier<Pace> pace, CpuMeter cpu)
            throws InterruptedException {
        CompletableFuture<CpuMeter.Usage> usage = new CompletableFuture<>();
        Thread.ofVirtual().start(() -> {
            try {
                sleepUntil(window.start());
                cpu.start();
                sleepUntil(window.end());
                usage.complete(cpu.stop());
            } catch (InterruptedException | RuntimeException e) {
                usage.completeExceptionally(e);
            }
        });
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (LoadEditor editor : editors) {
                Pace own = pace.get();
                threads.submit(() -> {
                    while (System.nanoTime() < window.end()) {
                        own.beforeEdit();
                        if (System.nanoTime() >= window.end() || !editor.edit(window.end())) {
                            break;
                        }
                    }
                    return null;
                });
            }
        }
        long deadline = System.nanoTime() + DRAIN.toNanos();
        while (editors.stream().anyMatch(e -> e.pendingCount() > 0) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        return usage.join();
    }

    private static void sleepUntil(long nanos) throws InterruptedException {
        long left = nanos - System.nanoTime();
        if (left > 0) {
            Thread.sleep(Duration.ofNanos(left));
        }
    }
}
