package app.tutti.ai.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class GridSongTest {

    private static final ChordLabel C_MAJOR = new ChordLabel(PitchClass.C, ChordQuality.MAJOR);
    private static final ChordLabel G_SEVEN = new ChordLabel(PitchClass.G, ChordQuality.DOMINANT7);

    @Test
    void notes_are_sorted_and_a_second_note_on_the_same_track_pitch_and_start_is_dropped() {
        GridSong song = song(List.of(new GridNote(1, 64, 4, 2, 3), new GridNote(0, 60, 4, 1, 3),
                new GridNote(0, 60, 4, 8, 7), new GridNote(0, 59, 0, 1, 3)), List.of());

        assertThat(song.notes()).containsExactly(new GridNote(0, 59, 0, 1, 3), new GridNote(0, 60, 4, 1, 3),
                new GridNote(1, 64, 4, 2, 3));
    }

    @Test
    void of_several_changes_at_one_step_the_last_counts_and_repeats_are_dropped() {
        GridSong song = song(List.of(), List.of(new StepChange<>(8, G_SEVEN), new StepChange<>(0, C_MAJOR),
                new StepChange<>(4, C_MAJOR), new StepChange<>(8, C_MAJOR), new StepChange<>(12, G_SEVEN)));

        assertThat(song.chords()).containsExactly(new StepChange<>(0, C_MAJOR), new StepChange<>(12, G_SEVEN));
    }

    @Test
    void transposing_moves_notes_chords_and_key_but_not_off_the_piano() {
        GridSong song = song(List.of(new GridNote(0, 100, 0, 1, 3), new GridNote(2, 30, 0, 1, 3)),
                List.of(new StepChange<>(0, C_MAJOR), new StepChange<>(4, ChordLabel.NO_CHORD)));

        GridSong up = song.transposed(8);

        assertThat(up.notes()).extracting(GridNote::pitch).containsExactly(108, 38);
        assertThat(up.chords()).extracting(StepChange::value)
                .containsExactly(new ChordLabel(PitchClass.A_FLAT, ChordQuality.MAJOR), ChordLabel.NO_CHORD);
        assertThat(up.controls().key()).isEqualTo(MusicKey.of(PitchClass.A_FLAT, false));
        assertThat(song.canTranspose(9)).isFalse();
        assertThat(song.canTranspose(-9)).isTrue();
        assertThat(song.canTranspose(-10)).isFalse();
        assertThatThrownBy(() -> song.transposed(9)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void notes_and_changes_must_start_inside_the_bars() {
        assertThatThrownBy(() -> song(List.of(new GridNote(0, 60, 16, 1, 1)), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> song(List.of(), List.of(new StepChange<>(16, C_MAJOR))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GridSong(SmallSongs.POP_IN_C, List.of(33), List.of(), List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void bars_cut_out_a_song_of_their_own_starting_at_step_zero() {
        GridSong song = new GridSong(SmallSongs.POP_IN_C, List.of(16, 12, 16),
                List.of(new GridNote(0, 60, 2, 20, 3), new GridNote(1, 64, 16, 2, 3), new GridNote(0, 67, 30, 4, 3)),
                List.of(new StepChange<>(0, C_MAJOR), new StepChange<>(20, G_SEVEN)), List.of());

        GridSong middle = song.bars(1, 3);

        assertThat(song.barStart(2)).isEqualTo(28);
        assertThat(song.barStarts()).containsExactly(0, 16, 28);
        assertThat(middle.barSteps()).containsExactly(12, 16);
        assertThat(middle.notes()).containsExactly(new GridNote(1, 64, 0, 2, 3), new GridNote(0, 67, 14, 4, 3));
        assertThat(middle.chords()).containsExactly(new StepChange<>(4, G_SEVEN));
        assertThat(song.bars(2, 99).barCount()).isEqualTo(1);
        assertThatThrownBy(() -> song.bars(3, 4)).isInstanceOf(IllegalArgumentException.class);
    }

    private static GridSong song(List<GridNote> notes, List<StepChange<ChordLabel>> chords) {
        return new GridSong(SmallSongs.POP_IN_C, List.of(16), notes, chords, List.of());
    }
}
