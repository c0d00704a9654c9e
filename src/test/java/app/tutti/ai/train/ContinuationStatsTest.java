package app.tutti.ai.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.tutti.ai.token.GridNote;
import app.tutti.ai.token.MusicKey;
import app.tutti.ai.token.PitchClass;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContinuationStatsTest {

    private static final MusicKey A_MINOR = MusicKey.of(PitchClass.of(9), true);
    private static final MusicKey C_MAJOR = MusicKey.of(PitchClass.of(0), false);

    private static GridNote note(int pitch, int duration) {
        return new GridNote(0, pitch, 0, duration, 4);
    }

    @Test
    void rates_density_length_and_histogram_distance() {
        ContinuationStats real = ContinuationStats.of(List.of(note(60, 4), note(64, 4), note(67, 8), note(61, 4)), 2,
                C_MAJOR);
        assertThat(real.inKeyRate()).isEqualTo(0.75);
        assertThat(real.notesPerBar()).isEqualTo(2);
        assertThat(real.meanDurationSteps()).isEqualTo(5);
        assertThat(real.pitchClassDistance(real)).isZero();

        ContinuationStats other = ContinuationStats.of(List.of(note(62, 4), note(62, 4)), 2, C_MAJOR);
        assertThat(other.pitchClassDistance(real)).isCloseTo(2.0, within(1e-9));
    }
}
