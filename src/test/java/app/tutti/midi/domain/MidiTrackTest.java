package app.tutti.midi.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class MidiTrackTest {

    @Test
    void channel_10_is_the_drum_kit() {
        assertThat(new MidiTrack("Kit", 9, 0, List.of()).drums()).isTrue();
        assertThat(new MidiTrack("Piano", 0, 0, List.of()).drums()).isFalse();
    }

    @Test
    void notes_are_kept_in_time_order() {
        MidiNote late = new MidiNote(60, 480, 480, 100);
        MidiNote earlyHigh = new MidiNote(67, 0, 480, 100);
        MidiNote earlyLow = new MidiNote(48, 0, 960, 100);

        assertThat(new MidiTrack("Piano", 0, 0, List.of(late, earlyHigh, earlyLow)).notes())
                .containsExactly(earlyLow, earlyHigh, late);
    }

    @Test
    void channel_program_and_name_must_be_valid() {
        assertThatThrownBy(() -> new MidiTrack("Piano", 16, 0, List.of())).hasMessageContaining("between 1 and 16");
        assertThatThrownBy(() -> new MidiTrack("Piano", 0, 128, List.of())).hasMessageContaining("program");
        assertThatThrownBy(() -> new MidiTrack(" ", 0, 0, List.of())).hasMessageContaining("track name");
    }
}
