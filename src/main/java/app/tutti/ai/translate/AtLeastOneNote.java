package app.tutti.ai.translate;

import app.tutti.ai.token.RemiVocabulary;
import app.tutti.ai.token.TokenType;

/**
 * Keeps a continuation from ending before it has written a note: until a pitch appears in the new
 * bars, neither the end token nor the bar line that would close the last requested bar is allowed.
 * Under tight rules (one voice, a narrow range) the model otherwise often closes its bars empty, and
 * the user waits for nothing. If nothing else is allowed at that point, the end stays open.
 */
public final class AtLeastOneNote implements TokenConstraint {

    private final int promptLength;
    private final int bars;
    private final int barToken;
    private final int endToken;
    private final boolean[] pitch;

    /**
     * @param promptLength where the generated tokens start in the history
     * @param bars how many new bars are asked for; the prompt's last bar is open, so the first
     *        generated bar line opens the first new bar
     */
    public AtLeastOneNote(RemiVocabulary vocabulary, int promptLength, int bars) {
        this.promptLength = promptLength;
        this.bars = bars;
        this.barToken = vocabulary.id(TokenType.BAR);
        this.endToken = vocabulary.id(TokenType.EOS);
        this.pitch = new boolean[vocabulary.size()];
        for (int id = 0; id < pitch.length; id++) {
            pitch[id] = vocabulary.token(id).type() == TokenType.PITCH;
        }
    }

    @Override
    public void apply(int[] history, float[] logits) {
        int barLines = 0;
        for (int i = promptLength; i < history.length; i++) {
            if (history[i] == barToken) {
                barLines++;
            } else if (barLines > 0 && history[i] >= 0 && history[i] < pitch.length && pitch[history[i]]) {
                return;
            }
        }
        boolean forbidBar = barLines >= bars;
        if (somethingElseAllowed(logits, forbidBar)) {
            logits[endToken] = Float.NEGATIVE_INFINITY;
            if (forbidBar) {
                logits[barToken] = Float.NEGATIVE_INFINITY;
            }
        }
    }

    private boolean somethingElseAllowed(float[] logits, boolean forbidBar) {
        for (int id = 0; id < logits.length; id++) {
            if (id != endToken && !(forbidBar && id == barToken) && logits[id] != Float.NEGATIVE_INFINITY) {
                return true;
            }
        }
        return false;
    }
}
