package app.tutti.ai.train;

import java.util.Arrays;

/**
 * Counts keyed by non-negative longs (packed n-grams): an open-addressing hash table with linear
 * probing, so that millions of n-grams fit without a boxed object each.
 */
final class CountTable {

    private static final long EMPTY = -1;

    private long[] keys = new long[1 << 10];
    private int[] counts = new int[1 << 10];
    private int size;

    CountTable() {
        Arrays.fill(keys, EMPTY);
    }

    void add(long key, int amount) {
        if (key < 0) {
            throw new IllegalArgumentException("keys must not be negative: " + key);
        }
        int slot = slot(key);
        if (keys[slot] == EMPTY) {
            keys[slot] = key;
            size++;
        }
        counts[slot] += amount;
        if (size * 2 > keys.length) {
            grow();
        }
    }

    int get(long key) {
        int slot = slot(key);
        return keys[slot] == EMPTY ? 0 : counts[slot];
    }

    int size() {
        return size;
    }

    void forEach(Visitor visitor) {
        for (int slot = 0; slot < keys.length; slot++) {
            if (keys[slot] != EMPTY) {
                visitor.visit(keys[slot], counts[slot]);
            }
        }
    }

    /** The slot holding {@code key}, or the empty slot where it would go. */
    private int slot(long key) {
        int mask = keys.length - 1;
        long mixed = key * 0x9E3779B97F4A7C15L;
        int slot = (int) (mixed ^ (mixed >>> 32)) & mask;
        while (keys[slot] != EMPTY && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldCounts = counts;
        keys = new long[oldKeys.length * 2];
        counts = new int[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        for (int old = 0; old < oldKeys.length; old++) {
            if (oldKeys[old] != EMPTY) {
                int slot = slot(oldKeys[old]);
                keys[slot] = oldKeys[old];
                counts[slot] = oldCounts[old];
            }
        }
    }

    @FunctionalInterface
    interface Visitor {
        void visit(long key, int count);
    }
}
