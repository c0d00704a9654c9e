package app.tutti.ai.translate;

import app.tutti.ai.token.PrefixReader;
import app.tutti.ai.token.RemiTokenizer;
import app.tutti.ai.token.RemiVocabulary;
import app.tutti.ai.token.TokenPrefix;
import app.tutti.ai.token.TokenPrefix.NoteProgress;
import app.tutti.ai.token.TokenType;

/**
 * Keeps generated tokens to the layout of {@link RemiTokenizer} (a pitch is followed by its
 * velocity and duration, positions move forward within a bar, tracks open in order, no control
 * tokens after the first bar) and to the user's {@link MusicRules}. A sequence built under this
 * constraint decodes without a skipped token, and every note it adds obeys the rules. It follows
 * one growing sequence (one instance per generation) and reads only the tokens added since its
 * last call.
 */
public final class MusicConstraint implements TokenConstraint {

    private final PrefixReader reader;
    private final MusicRules rules;
    private final TokenType[] types;
    private final int[] numbers;

    public MusicConstraint(RemiTokenizer tokenizer, MusicRules rules) {
        this.reader = tokenizer.prefixReader();
        this.rules = rules;
        RemiVocabulary vocabulary = tokenizer.vocabulary();
        this.types = new TokenType[vocabulary.size()];
        this.numbers = new int[vocabulary.size()];
        for (int id = 0; id < vocabulary.size(); id++) {
            types[id] = vocabulary.token(id).type();
            numbers[id] = vocabulary.number(id);
        }
    }

    @Override
    public void apply(int[] history, float[] logits) {
        TokenPrefix prefix = reader.after(history);
        int sounding = prefix.step() < 0 ? 0 : prefix.soundingAt(prefix.step(), prefix.track());
        int lastPitch = prefix.lastPitchHere();
        for (int id = 0; id < logits.length && id < types.length; id++) {
            if (!allowed(types[id], numbers[id], prefix, sounding, lastPitch)) {
                logits[id] = Float.NEGATIVE_INFINITY;
            }
        }
    }

    private boolean allowed(TokenType type, int number, TokenPrefix prefix, int sounding, int lastPitch) {
        NoteProgress progress = prefix.next();
        if (progress != NoteProgress.NONE) {
            return progress == NoteProgress.VELOCITY ? type == TokenType.VELOCITY : type == TokenType.DURATION;
        }
        return switch (type) {
            case PAD, BOS, VELOCITY, DURATION -> false;
            case EOS, BAR -> true;
            case STYLE, DENSITY, KEY, TEMPO_BUCKET -> !prefix.inBars();
            case BAR_LENGTH -> prefix.lastType() == TokenType.BAR;
            case POSITION -> prefix.inBars() && number < prefix.barSteps() && number > prefix.position();
            case CHORD -> prefix.lastType() == TokenType.POSITION && prefix.step() >= 0;
            case TEMPO -> (prefix.lastType() == TokenType.POSITION || prefix.lastType() == TokenType.CHORD)
                    && prefix.step() >= 0;
            case TRACK -> prefix.step() >= 0 && number > prefix.track() && rules.allowsTrack(number);
            case PITCH -> prefix.track() >= 0 && number > lastPitch && rules.allowsNote(number, sounding);
        };
    }
}
