package app.tutti.bench.load;

import java.time.Duration;

/** The measured part of a load run, in {@link System#nanoTime()}: after the warm-up, before the end. */
record Window(long start, long end) {

    static Window after(Duration warmUp, Duration measured) {
        long start = System.nanoTime() + warmUp.toNanos();
        return new Window(start, start + measured.toNanos());
    }

    boolean contains(long nanos) {
        return nanos >= start && nanos < end;
    }

    double seconds() {
        return (end - start) / 1e9;
    }
}
