package app.tutti.ai.train;

import static org.assertj.core.api.Assertions.assertThat;

import app.tutti.ai.token.GridNote;
import app.tutti.ai.token.GridSong;
import app.tutti.ai.token.MusicKey;
import app.tutti.ai.token.PitchClass;
import app.tutti.ai.token.RemiTokenizer;
import app.tutti.ai.token.RemiVocabulary;
import app.tutti.ai.token.Style;
import app.tutti.ai.token.TokenType;
import app.tutti.testsupport.SharedData;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class Pop909DatasetTest {

    private final RemiVocabulary vocabulary = RemiVocabulary.standard();

    @Test
    void the_splits_are_the_fixed_song_ranges_and_the_limit_takes_the_first_songs() {
        assertThat(numbers(DataSplit.TRAIN, Integer.MAX_VALUE)).hasSize(809).startsWith(1).endsWith(809);
        assertThat(numbers(DataSplit.VALIDATION, Integer.MAX_VALUE)).hasSize(50).startsWith(810).endsWith(859);
        assertThat(numbers(DataSplit.TEST, Integer.MAX_VALUE)).hasSize(50).startsWith(860).endsWith(909);
        assertThat(numbers(DataSplit.TEST, 3)).containsExactly(860, 861, 862);
    }

    @Test
    void song_001_has_4_4_bars_from_its_first_downbeat_three_tracks_and_chords() {
        GridSong song = dataset(DataSplit.TRAIN, 1, 0).songs().getFirst();

        assertThat(song.barSteps()).allMatch(steps -> steps == 16).hasSizeBetween(70, 80);
        assertThat(song.notes()).extracting(GridNote::track).containsOnly(0, 1, 2);
        assertThat(song.chords()).hasSizeGreaterThan(40);
        assertThat(song.controls().style()).isEqualTo(Style.POP);
        assertThat(song.controls().key()).as("key_audio.txt says Gb:maj").isEqualTo(MusicKey.of(PitchClass.F_SHARP, false));
        assertThat(song.tempos()).singleElement().satisfies(tempo -> assertThat(tempo.step()).isZero());
    }

    @Test
    void transposition_adds_the_nearest_shifts_first_and_keeps_every_note_on_the_piano() {
        Pop909Dataset dataset = dataset(DataSplit.VALIDATION, 2, 2);
        GridSong first = dataset.songs().getFirst();

        List<GridSong> augmented = dataset.augmentedSongs().toList();

        assertThat(augmented).hasSize(10);
        assertThat(augmented.subList(0, 5)).containsExactly(first, first.transposed(-1), first.transposed(1),
                first.transposed(-2), first.transposed(2));
        assertThat(augmented).allSatisfy(song -> assertThat(song.canTranspose(0)).isTrue());
    }

    @Test
    void each_sequence_starts_with_bos_and_the_controls_and_ends_with_eos() {
        List<List<Integer>> sequences = dataset(DataSplit.TEST, 2, 0).sequences(new RemiTokenizer(vocabulary));

        assertThat(sequences).hasSize(2).allSatisfy(ids -> {
            assertThat(vocabulary.token(ids.getFirst()).type()).isEqualTo(TokenType.BOS);
            assertThat(vocabulary.token(ids.get(1)).type()).isEqualTo(TokenType.STYLE);
            assertThat(vocabulary.token(ids.getLast()).type()).isEqualTo(TokenType.EOS);
            assertThat(ids).hasSizeGreaterThan(1000);
        });
    }

    private static List<Integer> numbers(DataSplit split, int limit) {
        return Pop909Dataset.builder().dataDir(Path.of("nowhere")).split(split).limit(limit).build().songNumbers();
    }

    private static Pop909Dataset dataset(DataSplit split, int limit, int transposition) {
        return Pop909Dataset.builder().dataDir(SharedData.require("pop909").root()).split(split).limit(limit)
                .maxTransposition(transposition).build();
    }
}
