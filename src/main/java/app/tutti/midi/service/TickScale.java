package app.tutti.midi.service;

/** Converts ticks between two resolutions (ticks per quarter note), rounding to the nearest tick. */
record TickScale(int fromPerQuarter, int toPerQuarter) {

    long start(long tick) {
        return Math.round((double) tick * toPerQuarter / fromPerQuarter);
    }

    /** A note's length in the new resolution, from its rounded start to its rounded end; at least one tick. */
    long duration(long startTick, long durationTicks) {
        return Math.max(1, start(startTick + durationTicks) - start(startTick));
    }
}
