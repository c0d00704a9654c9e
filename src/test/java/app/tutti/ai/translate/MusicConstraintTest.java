package app.tutti.ai.translate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tutti.ai.token.GridNote;
import app.tutti.ai.token.GridSong;
import app.tutti.ai.token.MusicKey;
import app.tutti.ai.token.PitchClass;
import app.tutti.ai.token.RemiTokenizer;
import app.tutti.ai.token.RemiVocabulary;
import app.tutti.ai.token.Token;
import app.tutti.ai.token.TokenPrefix.NoteProgress;
import app.tutti.ai.token.TokenType;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MusicConstraintTest {

    private static final RemiTokenizer TOKENIZER = new RemiTokenizer(RemiVocabulary.standard());
    private static final RemiVocabulary VOCABULARY = TOKENIZER.vocabulary();
    private static final String HEADER = "BOS Style_pop Density_3 Key_C_major TempoBucket_2 Bar BarLength_16 ";

    @Test
    void a_pitch_is_followed_by_its_velocity_and_then_its_duration_only() {
        assertThat(allowedTypes(HEADER + "Position_0 Track_0 Pitch_60", MusicRules.NONE))
                .containsOnly(TokenType.VELOCITY);
        assertThat(allowedTypes(HEADER + "Position_0 Track_0 Pitch_60 Velocity_4", MusicRules.NONE))
                .containsOnly(TokenType.DURATION);
    }

    @Test
    void positions_move_forward_within_the_bar_and_controls_stay_at_the_start() {
        List<String> allowed = allowedNames(HEADER + "Position_4 Track_0 Pitch_60 Velocity_4 Duration_2",
                MusicRules.NONE);
        assertThat(allowed).contains("Position_5", "Position_15", "Bar", "Track_1", "Pitch_61")
                .doesNotContain("Position_4", "Position_0", "Position_16", "Style_pop", "Key_C_major", "BarLength_16",
                        "Track_0", "Pitch_60", "Pitch_59", "Velocity_4", "Duration_2", "BOS", "PAD");
        assertThat(allowedNames(HEADER.strip(), MusicRules.NONE)).contains("Position_0").doesNotContain("Pitch_60");
        assertThat(allowedNames("BOS Style_pop", MusicRules.NONE)).contains("Key_C_major", "Bar");
    }

    @Test
    void pitches_stay_in_the_key_and_the_range() {
        MusicRules rules = MusicRules.NONE.inKey(MusicKey.of(PitchClass.of(2), false)).pitchRange(60, 72);
        List<Integer> pitches = allowedNumbers(HEADER + "Position_0 Track_0", rules, TokenType.PITCH);
        assertThat(pitches).containsExactly(61, 62, 64, 66, 67, 69, 71);
    }

    @Test
    void only_the_requested_track_can_be_opened() {
        assertThat(allowedNumbers(HEADER + "Position_0", MusicRules.NONE.onlyTrack(2), TokenType.TRACK))
                .containsExactly(2);
    }

    @Test
    void polyphony_counts_the_notes_still_held_from_earlier_positions() {
        String held = HEADER + "Position_0 Track_1 Pitch_48 Velocity_4 Duration_8 Pitch_55 Velocity_4 Duration_2 "
                + "Position_4 Track_1";
        MusicRules two = MusicRules.NONE.polyphony(2);
        assertThat(allowedNumbers(held, two, TokenType.PITCH)).as("one note still sounds").isNotEmpty();
        assertThat(allowedNumbers(held + " Pitch_60 Velocity_4 Duration_1", two, TokenType.PITCH))
                .as("two notes sound").isEmpty();
        assertThat(allowedNumbers(HEADER + "Position_0 Track_0 Pitch_48 Velocity_4 Duration_8 Position_2 Track_1",
                MusicRules.NONE.polyphony(1), TokenType.PITCH)).as("a held note on another track").isNotEmpty();
    }

    @Test
    void any_sequence_written_under_the_constraint_decodes_fully_and_keeps_the_rules() {
        MusicRules rules = MusicRules.NONE.inKey(MusicKey.of(PitchClass.of(9), true)).pitchRange(48, 84).polyphony(3)
                .onlyTrack(1);
        int notes = 0;
        for (long seed = 0; seed < 60; seed++) {
            int[] tokens = randomSequence(rules, new Random(seed), 400);
            GridSong song = TOKENIZER.decode(Arrays.stream(tokens).boxed().toList());
            long pitchTokens = Arrays.stream(tokens).filter(id -> VOCABULARY.token(id).type() == TokenType.PITCH).count();
            boolean lastNoteUnfinished = TOKENIZER.readPrefix(Arrays.stream(tokens).boxed().toList()).next()
                    != NoteProgress.NONE;
            assertThat(song.notes()).as("seed %d: every pitch token became a note", seed).hasSize((int) pitchTokens - (lastNoteUnfinished ? 1 : 0));
            notes += song.notes().size();
            for (GridNote note : song.notes()) {
                assertThat(note.track()).isEqualTo(1);
                assertThat(note.pitch()).isBetween(48, 84);
                assertThat(rules.key().contains(note.pitch())).isTrue();
                assertThat(song.notes().stream().filter(other -> other.startStep() <= note.startStep()
                        && note.startStep() < other.startStep() + other.durationSteps()).count())
                        .as("seed %d: notes sounding at step %d", seed, note.startStep()).isLessThanOrEqualTo(3);
            }
        }
        assertThat(notes).as("notes written in all").isGreaterThan(1000);
    }

    /** Tokens drawn uniformly from what the constraint allows, as a model with flat logits would. */
    private static int[] randomSequence(MusicRules rules, Random random, int length) {
        MusicConstraint constraint = new MusicConstraint(TOKENIZER, rules);
        int[] tokens = ids("BOS");
        for (int i = 0; i < length; i++) {
            float[] logits = new float[VOCABULARY.size()];
            constraint.apply(tokens, logits);
            int[] allowed = IntStream.range(0, logits.length)
                    .filter(id -> logits[id] == 0 && VOCABULARY.token(id).type() != TokenType.EOS).toArray();
            int next = allowed[random.nextInt(allowed.length)];
            tokens = Arrays.copyOf(tokens, tokens.length + 1);
            tokens[tokens.length - 1] = next;
        }
        return tokens;
    }

    @Test
    void rules_out_of_range_are_refused() {
        assertThatThrownBy(() -> MusicRules.NONE.pitchRange(72, 60)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MusicRules.NONE.polyphony(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MusicRules.NONE.onlyTrack(4)).isInstanceOf(IllegalArgumentException.class);
    }

    static int[] ids(String names) {
        return Arrays.stream(names.split(" ")).mapToInt(name -> VOCABULARY.id(Token.parse(name).orElseThrow()))
                .toArray();
    }

    private static List<Integer> allowedIds(String history, MusicRules rules) {
        float[] logits = new float[VOCABULARY.size()];
        new MusicConstraint(TOKENIZER, rules).apply(ids(history), logits);
        return IntStream.range(0, logits.length).filter(id -> logits[id] != Float.NEGATIVE_INFINITY).boxed().toList();
    }

    private static List<TokenType> allowedTypes(String history, MusicRules rules) {
        return allowedIds(history, rules).stream().map(id -> VOCABULARY.token(id).type()).distinct().toList();
    }

    private static List<String> allowedNames(String history, MusicRules rules) {
        return allowedIds(history, rules).stream().map(id -> VOCABULARY.token(id).name()).toList();
    }

    private static List<Integer> allowedNumbers(String history, MusicRules rules, TokenType type) {
        return allowedIds(history, rules).stream().filter(id -> VOCABULARY.token(id).type() == type)
                .map(VOCABULARY::number).toList();
    }
}
