package app.tutti.bench.load;

import java.util.Arrays;

/** A growing list of pairs of longs (a key and a time), cheap to add to from several threads. */
final class Samples {

    private long[] keys = new long[1024];
    private long[] times = new long[1024];
    private int size;

    synchronized void add(long key, long time) {
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            times = Arrays.copyOf(times, size * 2);
        }
        keys[size] = key;
        times[size++] = time;
    }

    synchronized int size() {
        return size;
    }

    synchronized long key(int index) {
        return keys[index];
    }

    synchronized long time(int index) {
        return times[index];
    }
}
