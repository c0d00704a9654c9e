package app.tutti.ai.provenance;

/**
 * The fingerprints of a line: for every run of {@link #NOTES} consecutive onsets, a hash of the
 * pitch intervals and onset gaps between them. Equal runs give equal hashes whatever the
 * transposition; a changed note changes only the grams that contain it.
 */
final class IntervalGrams {

    static final int NOTES = 4;
    private static final int MAX_INTERVAL = 24;
    private static final int MAX_GAP = 32;

    /** Receives each gram's hash and the step of its first note. */
    @FunctionalInterface
    interface Sink {
        void gram(int hash, int step);
    }

    private IntervalGrams() {
    }

    static void forEach(MelodyLine line, Sink sink) {
        for (int first = 0; first + NOTES <= line.length(); first++) {
            int hash = 17;
            for (int i = first + 1; i < first + NOTES; i++) {
                int interval = Math.clamp(line.pitches()[i] - line.pitches()[i - 1], -MAX_INTERVAL, MAX_INTERVAL);
                int gap = Math.min(line.steps()[i] - line.steps()[i - 1], MAX_GAP);
                hash = mix(hash * 31 + (interval + MAX_INTERVAL) * (MAX_GAP + 1) + gap);
            }
            sink.gram(hash, line.steps()[first]);
        }
    }

    /** A cheap avalanche (from MurmurHash3's finalizer), so similar grams spread over the hash space. */
    private static int mix(int value) {
        int h = value;
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }
}
