package app.tutti.ai.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrefixReaderTest {

    private static final RemiTokenizer TOKENIZER = new RemiTokenizer(RemiVocabulary.standard());
    private static final String SONG = "BOS Key_C_major Bar BarLength_16 Position_0 Track_0 Pitch_60 Velocity_4 Duration_8"
            + " Position_4 Chord_C_maj Track_1 Pitch_48 Velocity_3 Duration_4 Pitch_52 Velocity_3 Bar Position_2"
            + " Track_0 Pitch_62 Velocity_5 Duration_2 EOS Bar Position_0 Track_0 Pitch_70 Velocity_4 Duration_1";

    @Test
    void following_a_growing_sequence_gives_what_reading_each_prefix_whole_gives() {
        int[] ids = ids(SONG);
        PrefixReader reader = TOKENIZER.prefixReader();
        for (int length = 1; length <= ids.length; length++) {
            int[] prefix = Arrays.copyOf(ids, length);
            assertThat(reader.after(prefix)).as("after %d tokens", length)
                    .isEqualTo(TOKENIZER.readPrefix(boxed(prefix)));
        }
    }

    @Test
    void a_sequence_that_does_not_extend_the_last_one_is_read_afresh() {
        PrefixReader reader = TOKENIZER.prefixReader();
        reader.after(ids("BOS Bar Position_0 Track_0 Pitch_60 Velocity_4 Duration_8"));
        int[] other = ids("BOS Bar Position_3 Track_1");
        assertThat(reader.after(other)).isEqualTo(TOKENIZER.readPrefix(boxed(other)));
        int[] shorter = ids("BOS Bar");
        assertThat(reader.after(shorter)).isEqualTo(TOKENIZER.readPrefix(boxed(shorter)));
    }

    private static int[] ids(String names) {
        return Arrays.stream(names.split(" "))
                .mapToInt(name -> TOKENIZER.vocabulary().id(Token.parse(name).orElseThrow())).toArray();
    }

    private static List<Integer> boxed(int[] ids) {
        return Arrays.stream(ids).boxed().toList();
    }
}
