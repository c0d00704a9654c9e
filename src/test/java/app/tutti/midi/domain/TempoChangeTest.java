package app.tutti.midi.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import app.tutti.base.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class TempoChangeTest {

    @Test
    void beats_per_minute_are_derived_from_microseconds_per_quarter() {
        assertThat(new TempoChange(0, 500_000).bpm()).isEqualTo(120.0);
        assertThat(new TempoChange(0, 400_000).bpm()).isEqualTo(150.0);
    }

    @Test
    void a_tempo_in_bpm_is_rounded_to_the_nearest_tempo_midi_can_store() {
        assertThat(TempoChange.ofBpm(0, 120).microsecondsPerQuarter()).isEqualTo(500_000);
        assertThat(TempoChange.ofBpm(0, 90).microsecondsPerQuarter()).isEqualTo(666_667);
        assertThat(TempoChange.ofBpm(0, 90).bpm()).isCloseTo(90, offset(0.001));
    }

    @Test
    void a_tempo_midi_cannot_store_is_rejected() {
        assertThatThrownBy(() -> new TempoChange(0, 0)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new TempoChange(0, 0x100_0000)).hasMessageContaining("between 4 and 60,000,000");
        assertThatThrownBy(() -> TempoChange.ofBpm(0, 3)).hasMessageContaining("between 4 and 60,000,000");
        assertThatThrownBy(() -> TempoChange.ofBpm(0, 0)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> TempoChange.ofBpm(0, Double.NaN)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new TempoChange(-1, 500_000)).hasMessageContaining("before the beginning");
    }
}
