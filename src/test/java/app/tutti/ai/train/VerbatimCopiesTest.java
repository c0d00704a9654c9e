package app.tutti.ai.train;

import static org.assertj.core.api.Assertions.assertThat;

import app.tutti.ai.token.GridNote;
import app.tutti.ai.token.GridSong;
import app.tutti.ai.token.SongControls;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerbatimCopiesTest {

    /** Bar b holds one note of pitch pitches[b] at position b % 4 (so different bars differ). */
    private static GridSong song(int... pitches) {
        List<GridNote> notes = new ArrayList<>();
        for (int bar = 0; bar < pitches.length; bar++) {
            if (pitches[bar] > 0) {
                notes.add(new GridNote(0, pitches[bar], bar * 16 + bar % 4, 2, 4));
                notes.add(new GridNote(1, pitches[bar] - 12 + bar % 3, bar * 16 + 8, 4, 4));
            }
        }
        return new GridSong(SongControls.DEFAULTS, Collections.nCopies(pitches.length, 16), notes, List.of(),
                List.of());
    }

    private final VerbatimCopies copies = new VerbatimCopies(List.of(song(60, 62, 64, 65, 67, 69, 71, 72)));

    @Test
    void a_run_of_copied_bars_is_found_at_any_transposition() {
        assertThat(copies.longestRun(song(61, 62, 64, 65, 67, 50), 0, 6)).isEqualTo(4);
        assertThat(copies.longestRun(song(65, 67, 69, 70, 72), 0, 5)).as("a fourth higher").isEqualTo(5);
    }

    @Test
    void bars_must_follow_each_other_in_the_source_and_keep_one_transposition() {
        assertThat(copies.longestRun(song(60, 64, 62), 0, 3)).as("bars out of order").isEqualTo(1);
        GridSong shifted = song(60, 63, 65, 66);
        assertThat(copies.longestRun(shifted, 0, 4)).as("the transposition changes after bar 1").isEqualTo(3);
    }

    @Test
    void only_the_asked_bars_count_and_empty_bars_never_match() {
        assertThat(copies.longestRun(song(60, 62, 64, 65), 2, 4)).isEqualTo(2);
        assertThat(new VerbatimCopies(List.of(song(0, 0, 0))).longestRun(song(0, 0, 0), 0, 3)).isZero();
    }
}
