package app.tutti.ai.translate;

import static app.tutti.ai.translate.MusicConstraintTest.ids;
import static org.assertj.core.api.Assertions.assertThat;

import app.tutti.ai.token.RemiVocabulary;
import app.tutti.ai.token.TokenType;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class AtLeastOneNoteTest {

    private static final RemiVocabulary VOCABULARY = RemiVocabulary.standard();
    private static final String PROMPT = "BOS Key_C_major Bar BarLength_16 Position_0 Track_0 Pitch_60 Velocity_4 Duration_4";
    private static final int PROMPT_LENGTH = ids(PROMPT).length;
    private static final int BAR = VOCABULARY.id(TokenType.BAR);
    private static final int END = VOCABULARY.id(TokenType.EOS);

    @Test
    void before_any_new_note_the_end_and_the_closing_bar_line_are_forbidden() {
        float[] firstNewBar = allOpenAfter(" Bar");
        assertThat(firstNewBar[END]).isEqualTo(Float.NEGATIVE_INFINITY);
        assertThat(firstNewBar[BAR]).as("a second new bar may still open").isZero();

        float[] lastNewBar = allOpenAfter(" Bar Bar Position_3");
        assertThat(lastNewBar[END]).isEqualTo(Float.NEGATIVE_INFINITY);
        assertThat(lastNewBar[BAR]).as("closing the second bar would end the continuation")
                .isEqualTo(Float.NEGATIVE_INFINITY);
    }

    @Test
    void a_pitch_in_the_new_bars_lets_the_continuation_end() {
        float[] logits = allOpenAfter(" Bar Position_2 Track_0 Pitch_62 Velocity_4 Duration_2 Bar");
        assertThat(logits[END]).isZero();
        assertThat(logits[BAR]).isZero();
    }

    @Test
    void a_pitch_added_to_the_prompt_bar_does_not_count() {
        float[] logits = allOpenAfter(" Position_8 Track_0 Pitch_64 Velocity_4 Duration_2 Bar Bar");
        assertThat(logits[BAR]).isEqualTo(Float.NEGATIVE_INFINITY);
    }

    @Test
    void when_nothing_else_is_allowed_the_end_stays_open() {
        float[] logits = new float[VOCABULARY.size()];
        Arrays.fill(logits, Float.NEGATIVE_INFINITY);
        logits[END] = 0;
        logits[BAR] = 0;
        new AtLeastOneNote(VOCABULARY, PROMPT_LENGTH, 2).apply(ids(PROMPT + " Bar Bar"), logits);
        assertThat(logits[END]).isZero();
        assertThat(logits[BAR]).isZero();
    }

    private static float[] allOpenAfter(String generated) {
        float[] logits = new float[VOCABULARY.size()];
        new AtLeastOneNote(VOCABULARY, PROMPT_LENGTH, 2).apply(ids(PROMPT + generated), logits);
        return logits;
    }
}
