package app.tutti.midi.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tutti.base.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class MidiNoteTest {

    @Test
    void a_note_ends_after_its_duration() {
        assertThat(new MidiNote(60, 480, 240, 100).endTick()).isEqualTo(720);
    }

    @Test
    void pitch_must_be_a_midi_key() {
        assertThatThrownBy(() -> new MidiNote(128, 0, 1, 100)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("pitch must be between 0 and 127");
        assertThatThrownBy(() -> new MidiNote(-1, 0, 1, 100)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void velocity_must_be_between_1_and_127() {
        assertThatThrownBy(() -> new MidiNote(60, 0, 1, 0)).hasMessageContaining("velocity");
        assertThatThrownBy(() -> new MidiNote(60, 0, 1, 128)).hasMessageContaining("velocity");
    }

    @Test
    void a_note_cannot_start_before_the_song_or_last_no_time() {
        assertThatThrownBy(() -> new MidiNote(60, -1, 1, 100)).hasMessageContaining("cannot start before");
        assertThatThrownBy(() -> new MidiNote(60, 0, 0, 100)).hasMessageContaining("at least one tick");
    }
}
