package app.tutti.bench.load;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Lets every simulated person edit, each on its own virtual thread, until the window ends, then
 * waits (at most {@link #DRAIN}) until every edit has been answered.
 */
final class EditingRun {

    /** What a person does before each edit: nothing (as fast as acknowledgements allow) or think for a while. */
    interface Pace {
        void beforeEdit() throws InterruptedException;
    }

    static final Duration DRAIN = Duration.ofSeconds(60);

    private EditingRun() {
    }

    static void run(List<LoadEditor> editors, Window window, java.util.function.Supplier<Pace> pace)
            throws InterruptedException {
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
    }
}
