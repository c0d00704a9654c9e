package app.tutti.ai.provenance;

import java.util.Locale;

/**
 * A training excerpt close to a passage.
 *
 * @param source the training song
 * @param firstBar first bar (from 1) of the matching excerpt
 * @param lastBar last bar of it
 * @param similarity share (0..1) of the four-note patterns (intervals and rhythm) of the passage's
 *     best-matching track that occur in the excerpt at one alignment, each weighed by how rare it is
 *     in the corpus
 * @param matchedPatterns how many of those patterns matched
 * @param patterns how many patterns that track of the passage has
 * @param alignment which indexed line matched and at what step offset, for {@link ProvenanceIndex#excerpt}
 */
public record ProvenanceMatch(IndexedSource source, int firstBar, int lastBar, double similarity,
        int matchedPatterns, int patterns, Alignment alignment) {

    /** The index's own reference to the matching line. */
    public record Alignment(int line, int offset) {
    }

    /** "POP909 song 123, bars 17–20, 41 % similar". */
    public String describe() {
        String bars = firstBar == lastBar ? "bar " + firstBar : "bars " + firstBar + "–" + lastBar;
        return String.format(Locale.ROOT, "%s, %s, %.0f %% similar", source.title(), bars, 100 * similarity);
    }
}
