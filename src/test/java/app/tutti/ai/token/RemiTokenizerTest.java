package app.tutti.ai.token;

import static app.tutti.ai.token.SmallSongs.names;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RemiTokenizerTest {

    private final RemiVocabulary vocabulary = RemiVocabulary.standard();
    private final RemiTokenizer tokenizer = new RemiTokenizer(vocabulary);

    @Test
    void a_two_bar_song_is_written_as_controls_then_bars_positions_and_notes() {
        List<Integer> ids = tokenizer.encode(SmallSongs.twoBarsOfPop());

        assertThat(names(vocabulary, ids)).containsExactly(
                "BOS", "Style_pop", "Density_2", "Key_C_major", "TempoBucket_3",
                "Bar", "BarLength_16",
                "Position_0", "Chord_C_maj", "Tempo_14",
                "Track_0", "Pitch_72", "Velocity_5", "Duration_4",
                "Track_2", "Pitch_48", "Velocity_3", "Duration_16", "Pitch_55", "Velocity_3", "Duration_16",
                "Position_4", "Track_0", "Pitch_74", "Velocity_6", "Duration_2",
                "Bar", "Position_0", "Chord_N",
                "Position_4", "Track_0", "Pitch_76", "Velocity_4", "Duration_32",
                "EOS");
    }

    @Test
    void decoding_an_encoded_song_gives_the_same_song() {
        GridSong song = SmallSongs.twoBarsOfPop();

        assertThat(tokenizer.decode(tokenizer.encode(song))).isEqualTo(song);
    }

    @Test
    void bar_lengths_are_written_only_when_they_change_and_empty_bars_are_kept() {
        GridSong waltz = new GridSong(SmallSongs.POP_IN_C, List.of(12, 12, 12, 8, 12, 12),
                List.of(new GridNote(1, 60, 0, 12, 4), new GridNote(1, 62, 36, 8, 4), new GridNote(1, 64, 56, 1, 4)),
                List.of(), List.of());

        List<Integer> ids = tokenizer.encode(waltz);

        assertThat(names(vocabulary, ids).stream().filter(name -> name.startsWith("Bar")).toList())
                .containsExactly("Bar", "BarLength_12", "Bar", "Bar", "Bar", "BarLength_8", "Bar", "BarLength_12", "Bar");
        assertThat(tokenizer.decode(ids)).isEqualTo(waltz);
    }

    @Test
    void a_song_without_bars_is_only_its_controls() {
        GridSong empty = new GridSong(SmallSongs.POP_IN_C, List.of(), List.of(), List.of(), List.of());

        List<Integer> ids = tokenizer.encode(empty);

        assertThat(names(vocabulary, ids)).containsExactly("BOS", "Style_pop", "Density_2", "Key_C_major",
                "TempoBucket_3", "EOS");
        assertThat(tokenizer.decode(ids)).isEqualTo(empty);
    }

    @Test
    void missing_controls_take_the_defaults_and_a_first_bar_without_length_has_16_steps() {
        GridSong song = decode("Bar", "Position_15", "Track_1", "Pitch_60", "Velocity_2", "Duration_3");

        assertThat(song.controls()).isEqualTo(SongControls.DEFAULTS);
        assertThat(song.barSteps()).containsExactly(16);
        assertThat(song.notes()).containsExactly(new GridNote(1, 60, 15, 3, 2));
    }

    @Test
    void tokens_out_of_place_are_skipped() {
        GridSong song = decode("Pitch_60", "Position_3", "Bar", "Density_7", "Pitch_61", "Velocity_1", "Duration_1",
                "Position_2", "Pitch_62", "Velocity_1", "Duration_1",
                "Track_0", "Pitch_63", "Duration_1", "Pitch_64", "Velocity_1", "Velocity_1", "Duration_1",
                "Pitch_65", "Velocity_3", "Duration_5", "Duration_6", "BarLength_4",
                "Position_20", "Track_0", "Pitch_66", "Velocity_1", "Duration_1", "Chord_C_maj");

        assertThat(song.controls().density()).isZero();
        assertThat(song.barSteps()).containsExactly(16);
        assertThat(song.notes()).containsExactly(new GridNote(0, 65, 2, 5, 3));
        assertThat(song.chords()).isEmpty();
    }

    @Test
    void a_position_beyond_a_short_bar_is_skipped_and_eos_ends_the_song() {
        GridSong song = decode("Bar", "BarLength_6", "Position_6", "Track_0", "Pitch_60", "Velocity_1", "Duration_1",
                "Bar", "Position_5", "Track_3", "Pitch_40", "Velocity_1", "Duration_1",
                "EOS", "Bar", "Position_0", "Track_0", "Pitch_60", "Velocity_1", "Duration_1");

        assertThat(song.barSteps()).containsExactly(6, 6);
        assertThat(song.notes()).containsExactly(new GridNote(3, 40, 11, 1, 1));
    }

    @Test
    void ids_outside_the_vocabulary_are_skipped() {
        List<Integer> ids = Arrays.asList(-1, vocabulary.id(TokenType.BAR), 5000, vocabulary.id(TokenType.POSITION, 0),
                vocabulary.id(TokenType.TRACK, 0), vocabulary.id(TokenType.PITCH, 60), 999,
                vocabulary.id(TokenType.VELOCITY, 1), vocabulary.id(TokenType.DURATION, 1));

        assertThat(tokenizer.decode(ids).notes()).isEmpty();
        assertThat(tokenizer.decode(ids).barSteps()).containsExactly(16);
    }

    private GridSong decode(String... names) {
        return tokenizer.decode(Arrays.stream(names)
                .map(name -> vocabulary.id(Token.parse(name).orElseThrow()))
                .toList());
    }

    @Test
    void the_start_of_each_bar_is_found_and_a_missing_bar_is_minus_one() {
        int[] ids = tokenizer.encode(SmallSongs.twoBarsOfPop()).stream().mapToInt(Integer::intValue).toArray();
        int bar = tokenizer.vocabulary().id(TokenType.BAR);

        int first = tokenizer.startOfBar(ids, 1);
        int second = tokenizer.startOfBar(ids, 2);

        assertThat(ids[first]).isEqualTo(bar);
        assertThat(ids[second]).isEqualTo(bar);
        assertThat(second).isGreaterThan(first);
        assertThat(tokenizer.startOfBar(ids, 3)).isEqualTo(-1);
    }
}
