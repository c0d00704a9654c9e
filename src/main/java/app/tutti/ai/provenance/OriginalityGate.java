package app.tutti.ai.provenance;

import app.tutti.ai.token.GridSong;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Flags a generated passage that is nearly a copy of training music: any window of
 * {@link #WINDOW_BARS} bars whose closest training excerpt is at least {@code threshold} similar.
 * Shorter passages are checked as a whole. On the shipped index, excerpts of songs the model never
 * saw score 0.20 (median) and at most 0.46, transposed copies with a note changed per bar about 1.0
 * (docs/provenance.md), so the default threshold of 0.6 sits between them.
 */
public final class OriginalityGate {

    public static final int WINDOW_BARS = 4;
    public static final double DEFAULT_THRESHOLD = 0.6;

    private final ProvenanceIndex index;
    private final double threshold;

    public OriginalityGate(ProvenanceIndex index, double threshold) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("The threshold is a similarity in (0, 1]: " + threshold);
        }
        this.index = index;
        this.threshold = threshold;
    }

    /** The verdict on {@code passage}, with the closest excerpts of the whole passage (at most 3). */
    public Verdict check(GridSong passage) {
        List<ProvenanceMatch> closest = passage.notes().isEmpty() ? List.of() : index.nearest(passage, 3);
        List<ProvenanceMatch> windowBest = passage.barCount() <= WINDOW_BARS ? closest.stream().limit(1).toList()
                : windows(passage).stream().flatMap(window -> index.nearest(window, 1).stream()).toList();
        Optional<ProvenanceMatch> copied = windowBest.stream()
                .filter(match -> match.similarity() >= threshold)
                .max(Comparator.comparingDouble(ProvenanceMatch::similarity));
        return new Verdict(closest, copied);
    }

    private static List<GridSong> windows(GridSong passage) {
        return IntStream.rangeClosed(0, passage.barCount() - WINDOW_BARS)
                .mapToObj(bar -> passage.bars(bar, bar + WINDOW_BARS))
                .filter(window -> !window.notes().isEmpty()).toList();
    }

    /**
     * @param closest the training excerpts closest to the whole passage, best first
     * @param copied the excerpt a window of the passage nearly copies, if any
     */
    public record Verdict(List<ProvenanceMatch> closest, Optional<ProvenanceMatch> copied) {

        public boolean flagged() {
            return copied.isPresent();
        }

        /** Why the passage was flagged, in words for the user; empty if it was not. */
        public Optional<String> explanation() {
            return copied.map(match -> "Too close to training music: " + match.describe() + " ("
                    + match.source().credit() + ").");
        }
    }
}
