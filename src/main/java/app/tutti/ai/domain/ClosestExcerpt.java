package app.tutti.ai.domain;

import java.util.Locale;

/**
 * A training excerpt close to a generation's proposal, as stored with the generation.
 *
 * @param title the training song ("POP909 song 123")
 * @param firstBar first bar (from 1) of the excerpt
 * @param lastBar its last bar
 * @param similarity 0..1, see docs/provenance.md
 * @param credit the data set's licence and credit
 */
public record ClosestExcerpt(String title, int firstBar, int lastBar, double similarity, String credit) {

    /** "POP909 song 123, bars 17–20, 41 % similar". */
    public String describe() {
        String bars = firstBar == lastBar ? "bar " + firstBar : "bars " + firstBar + "–" + lastBar;
        return String.format(Locale.ROOT, "%s, %s, %.0f %% similar", title, bars, 100 * similarity);
    }
}
