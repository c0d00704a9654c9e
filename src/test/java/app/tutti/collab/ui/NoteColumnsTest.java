package app.tutti.collab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.tutti.composition.domain.Note;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The compact note payload the roll loads: the browser rebuilds the notes from exactly these columns. */
class NoteColumnsTest {

    private static final UUID PIANO = UUID.fromString("4f7c0000-0000-4000-8000-000000000001");
    private static final UUID BASS = UUID.fromString("4f7c0000-0000-4000-8000-000000000002");

    @Test
    void notes_become_columns_in_start_order_with_hex_ids_track_indexes_and_start_differences() {
        Note late = new Note(UUID.fromString("00000000-0000-0001-0000-00000000000a"), PIANO, 72, 1920, 480, 100);
        Note early = new Note(UUID.fromString("ffffffff-ffff-ffff-ffff-ffffffffffff"), BASS, 36, 0, 960, 80);
        Note middle = new Note(UUID.fromString("0123abcd-4567-89ef-0123-456789abcdef"), PIANO, 64, 480, 240, 1);

        NoteColumns columns = NoteColumns.of(List.of(late, early, middle));

        assertThat(columns.ids()).isEqualTo("ffffffffffffffffffffffffffffffff" + "0123abcd456789ef0123456789abcdef"
                + "0000000000000001000000000000000a");
        assertThat(columns.trackIds()).containsExactly(BASS, PIANO);
        assertThat(columns.tracks()).containsExactly(0, 1, 1);
        assertThat(columns.pitches()).containsExactly(36, 64, 72);
        assertThat(columns.startDeltas()).containsExactly(0, 480, 1440);
        assertThat(columns.durations()).containsExactly(960, 240, 480);
        assertThat(columns.velocities()).containsExactly(80, 1, 100);
    }

    @Test
    void no_notes_are_empty_columns() {
        NoteColumns columns = NoteColumns.of(List.of());
        assertThat(columns.ids()).isEmpty();
        assertThat(columns.pitches()).isEmpty();
        assertThat(columns.trackIds()).isEmpty();
    }
}
