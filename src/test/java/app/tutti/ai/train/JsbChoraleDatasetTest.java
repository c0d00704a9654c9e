package app.tutti.ai.train;

import static org.assertj.core.api.Assertions.assertThat;

import app.tutti.ai.token.GridNote;
import app.tutti.ai.token.GridSong;
import app.tutti.ai.token.RemiTokenizer;
import app.tutti.ai.token.RemiVocabulary;
import app.tutti.ai.token.Style;
import app.tutti.testsupport.SharedData;
import app.tutti.midi.service.ChoraleReader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsbChoraleDatasetTest {

    private final RemiTokenizer tokenizer = new RemiTokenizer(RemiVocabulary.standard());

    @Test
    void equal_pitches_in_a_row_are_one_held_note_and_silence_makes_none() {
        int[][] steps = {
            {72, 67, 64, 48}, {72, 67, 64, 48}, {74, 67, -1, 48}, {74, 65, -1, 48}, {72, 65, 64, 10}};

        GridSong song = JsbChoraleDataset.toGridSong(steps);

        int v = GridNote.velocityBucketOf(ChoraleReader.VELOCITY);
        assertThat(song.notes()).containsExactly(new GridNote(0, 72, 0, 2, v), new GridNote(1, 67, 0, 3, v),
                new GridNote(2, 64, 0, 2, v), new GridNote(3, 48, 0, 4, v), new GridNote(0, 74, 2, 2, v),
                new GridNote(1, 65, 3, 2, v), new GridNote(0, 72, 4, 1, v), new GridNote(2, 64, 4, 1, v));
        assertThat(song.barSteps()).containsExactly(16);
        assertThat(song.controls().style()).isEqualTo(Style.CHORALE);
    }

    @Test
    void the_standard_split_has_229_76_and_77_chorales_and_all_survive_the_tokenizer() {
        Path data = SharedData.require("jsb-chorales").root();
        int[] sizes = new int[3];

        for (DataSplit split : DataSplit.values()) {
            List<GridSong> songs = JsbChoraleDataset.builder().dataDir(data).split(split).build().songs();
            sizes[split.ordinal()] = songs.size();
            for (GridSong song : songs) {
                assertThat(tokenizer.decode(tokenizer.encode(song))).isEqualTo(song);
                assertThat(song.notes()).extracting(GridNote::track).containsOnly(0, 1, 2, 3);
            }
        }

        assertThat(sizes).containsExactly(229, 76, 77);
    }

    @Test
    void the_limit_and_transposition_apply_to_chorales_too() {
        JsbChoraleDataset dataset = JsbChoraleDataset.builder().dataDir(SharedData.require("jsb-chorales").root())
                .split(DataSplit.VALIDATION).limit(3).maxTransposition(1).build();

        assertThat(dataset.songs()).hasSize(3);
        assertThat(dataset.sequences(tokenizer)).hasSize(9);
    }
}
