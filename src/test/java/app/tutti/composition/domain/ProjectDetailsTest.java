package app.tutti.composition.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tutti.base.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class ProjectDetailsTest {

    @Test
    void a_bar_length_follows_the_time_signature() {
        assertThat(new TimeSignature(4, 4).ticksPerBar(480)).isEqualTo(1920);
        assertThat(new TimeSignature(6, 8).ticksPerBar(480)).isEqualTo(1440);
        assertThat(new TimeSignature(3, 4).ticksPerBar(480)).isEqualTo(1440);
        assertThat(new TimeSignature(2, 2).ticksPerBar(480)).isEqualTo(1920);
    }

    @Test
    void time_signatures_need_a_power_of_two_beat_unit() {
        assertThatThrownBy(() -> new TimeSignature(4, 3)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new TimeSignature(0, 4)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new TimeSignature(33, 4)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void keys_have_readable_names_and_there_are_24() {
        assertThat(MusicalKey.all()).hasSize(24).doesNotHaveDuplicates();
        assertThat(new MusicalKey(0, MusicalKey.Mode.MAJOR)).hasToString("C major");
        assertThat(new MusicalKey(6, MusicalKey.Mode.MAJOR)).hasToString("F♯ major");
        assertThat(new MusicalKey(3, MusicalKey.Mode.MINOR)).hasToString("D♯ minor");
        assertThatThrownBy(() -> new MusicalKey(12, MusicalKey.Mode.MAJOR)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void titles_are_trimmed_and_tempo_must_be_a_number_in_range() {
        assertThat(ProjectDetails.untitled().withTitle("  Song  ").title()).isEqualTo("Song");
        assertThatThrownBy(() -> new ProjectDetails("Song", Double.NaN, TimeSignature.COMMON_TIME, MusicalKey.C_MAJOR))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new ProjectDetails("Song", 19.9, TimeSignature.COMMON_TIME, MusicalKey.C_MAJOR))
                .isInstanceOf(InvalidInputException.class);
        assertThat(new ProjectDetails("Song", 400, TimeSignature.COMMON_TIME, MusicalKey.C_MAJOR).tempoBpm())
                .isEqualTo(400);
    }
}
