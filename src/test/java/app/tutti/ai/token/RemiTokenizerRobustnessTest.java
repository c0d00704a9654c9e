package app.tutti.ai.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A model can produce any sequence of ids. Decoding must never throw, and what it returns is a
 * well-formed song: writing it out and reading it again changes nothing.
 */
class RemiTokenizerRobustnessTest {

    private static final int SEQUENCES = 2_000;

    private final RemiVocabulary vocabulary = RemiVocabulary.standard();
    private final RemiTokenizer tokenizer = new RemiTokenizer(vocabulary);

    @Test
    void random_id_sequences_decode_to_songs_that_survive_another_round_trip() {
        Random random = new Random(42);
        int notes = 0;
        for (int i = 0; i < SEQUENCES; i++) {
            List<Integer> ids = new ArrayList<>();
            for (int length = random.nextInt(300); length > 0; length--) {
                ids.add(random.nextInt(vocabulary.size() + 20) - 10);
            }
            notes += assertWellFormed(ids);
        }
        assertThat(notes).as("random sequences should make some notes").isPositive();
    }

    @Test
    void damaged_encodings_of_a_real_song_decode_to_songs_that_survive_another_round_trip() {
        Random random = new Random(7);
        List<Integer> original = tokenizer.encode(SmallSongs.twoBarsOfPop());
        for (int i = 0; i < SEQUENCES; i++) {
            List<Integer> ids = new ArrayList<>(original);
            for (int edits = 1 + random.nextInt(5); edits > 0; edits--) {
                damage(ids, random);
            }
            assertWellFormed(ids);
        }
    }

    private int assertWellFormed(List<Integer> ids) {
        GridSong decoded = tokenizer.decode(ids);
        assertThat(tokenizer.decode(tokenizer.encode(decoded))).as("ids %s", ids).isEqualTo(decoded);
        return decoded.notes().size();
    }

    private void damage(List<Integer> ids, Random random) {
        int at = random.nextInt(ids.size());
        switch (random.nextInt(3)) {
            case 0 -> ids.remove(at);
            case 1 -> ids.add(at, random.nextInt(vocabulary.size()));
            default -> ids.set(at, ids.get(random.nextInt(ids.size())));
        }
        if (ids.isEmpty()) {
            ids.add(vocabulary.id(TokenType.BAR));
        }
    }
}
