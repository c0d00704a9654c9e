package app.tutti.ai.provenance;

import java.util.Arrays;

/**
 * A training song in the index: what to call it, its licence and credit, and where its bars start.
 *
 * @param title e.g. "POP909 song 123"
 * @param credit licence and credit line to show beside a match
 * @param barStarts the first step of each bar, increasing
 */
public record IndexedSource(String title, String credit, int[] barStarts) {

    /** The bar (from 1) that holds {@code step}. */
    public int barAt(int step) {
        int index = Arrays.binarySearch(barStarts, step);
        return (index >= 0 ? index : -index - 2) + 1;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IndexedSource source && source.title.equals(title) && source.credit.equals(credit)
                && Arrays.equals(source.barStarts, barStarts);
    }

    @Override
    public int hashCode() {
        return title.hashCode() * 31 + Arrays.hashCode(barStarts);
    }

    @Override
    public String toString() {
        return title;
    }
}
