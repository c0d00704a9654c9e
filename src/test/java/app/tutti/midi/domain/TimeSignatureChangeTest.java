package app.tutti.midi.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TimeSignatureChangeTest {

    @Test
    void the_denominator_is_stored_as_a_power_of_two() {
        assertThat(new TimeSignatureChange(0, 6, 8).denominatorPowerOfTwo()).isEqualTo(3);
        assertThat(new TimeSignatureChange(0, 2, 1).denominatorPowerOfTwo()).isZero();
    }

    @Test
    void a_beat_unit_that_is_not_a_power_of_two_is_rejected() {
        assertThatThrownBy(() -> new TimeSignatureChange(0, 4, 3)).hasMessageContaining("beat unit");
        assertThatThrownBy(() -> new TimeSignatureChange(0, 4, 128)).hasMessageContaining("beat unit");
    }

    @Test
    void a_bar_needs_at_least_one_beat() {
        assertThatThrownBy(() -> new TimeSignatureChange(0, 0, 4)).hasMessageContaining("1 to 255 beats");
    }
}
