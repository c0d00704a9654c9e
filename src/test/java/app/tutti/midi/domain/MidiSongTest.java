package app.tutti.midi.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class MidiSongTest {

    private static final MidiNote C = new MidiNote(60, 0, 480, 100);
    private static final MidiNote E = new MidiNote(64, 480, 960, 90);
    private static final MidiNote BASS = new MidiNote(36, 0, 1920, 80);

    private final MidiSong song = new MidiSong(480,
            List.of(TempoChange.ofBpm(960, 60), TempoChange.ofBpm(0, 120)),
            List.of(new TimeSignatureChange(0, 4, 4)),
            List.of(new MidiTrack("Lead", 0, 0, List.of(C, E)), new MidiTrack("Bass", 1, 32, List.of(BASS))));

    @Test
    void tempo_changes_are_sorted_by_tick() {
        assertThat(song.tempos()).extracting(TempoChange::tick).containsExactly(0L, 960L);
    }

    @Test
    void counts_notes_and_finds_where_the_last_one_ends() {
        assertThat(song.noteCount()).isEqualTo(3);
        assertThat(song.endTick()).isEqualTo(1920);
    }

    @Test
    void seconds_follow_the_tempo_map() {
        assertThat(song.secondsAt(960)).isCloseTo(1.0, within(1e-9));
        assertThat(song.secondsAt(1920)).isCloseTo(3.0, within(1e-9));
    }

    @Test
    void without_tempo_changes_a_song_plays_at_120_bpm() {
        MidiSong plain = new MidiSong(96, List.of(), List.of(), List.of());

        assertThat(plain.secondsAt(96 * 4)).isCloseTo(2.0, within(1e-9));
    }

    @Test
    void a_selection_keeps_only_the_selected_notes_and_drops_emptied_tracks() {
        MidiSong selected = song.restrictedTo((trackIndex, note) -> trackIndex == 0 && note.pitch() == 64);

        assertThat(selected.tracks()).singleElement().satisfies(track -> {
            assertThat(track.name()).isEqualTo("Lead");
            assertThat(track.notes()).containsExactly(E);
        });
        assertThat(selected.tempos()).isEqualTo(song.tempos());
    }

    @Test
    void ticks_per_quarter_must_fit_a_midi_header() {
        assertThatThrownBy(() -> new MidiSong(0, List.of(), List.of(), List.of())).hasMessageContaining("ticks");
        assertThatThrownBy(() -> new MidiSong(0x8000, List.of(), List.of(), List.of())).hasMessageContaining("ticks");
    }
}
