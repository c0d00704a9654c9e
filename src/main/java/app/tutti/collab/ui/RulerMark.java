package app.tutti.collab.ui;

import java.util.UUID;

/**
 * A labelled range of bars drawn in the roll's ruler (an open comment, for instance); clicking it
 * tells {@link PianoRoll#addRulerMarkClickListener} listeners its id.
 *
 * @param firstBar counted from 1, like the ruler
 * @param lastBar included
 */
public record RulerMark(UUID id, int firstBar, int lastBar, String label) {

    public RulerMark {
        if (firstBar < 1 || lastBar < firstBar) {
            throw new IllegalArgumentException("Bars " + firstBar + "–" + lastBar + " are not a range");
        }
    }
}
