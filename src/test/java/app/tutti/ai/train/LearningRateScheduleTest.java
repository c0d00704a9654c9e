package app.tutti.ai.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.tutti.ai.train.LearningRateSchedule.Decay;
import org.junit.jupiter.api.Test;

class LearningRateScheduleTest {

    @Test
    void warm_up_climbs_linearly_to_the_peak() {
        LearningRateSchedule schedule = new LearningRateSchedule(1e-3f, 10, 100, Decay.COSINE, 0);
        assertThat(schedule.at(0)).isCloseTo(1e-4f, within(1e-9f));
        assertThat(schedule.at(4)).isCloseTo(5e-4f, within(1e-9f));
        assertThat(schedule.at(9)).isCloseTo(1e-3f, within(1e-9f));
    }

    @Test
    void cosine_and_linear_decay_end_at_a_tenth_of_the_peak() {
        LearningRateSchedule cosine = new LearningRateSchedule(1e-3f, 10, 110, Decay.COSINE, 0);
        LearningRateSchedule linear = new LearningRateSchedule(1e-3f, 10, 110, Decay.LINEAR, 0);
        assertThat(cosine.at(60)).isCloseTo(5.5e-4f, within(1e-7f));
        assertThat(linear.at(60)).isCloseTo(5.5e-4f, within(1e-7f));
        assertThat(cosine.at(35)).isGreaterThan(linear.at(35));
        assertThat(cosine.at(110)).isCloseTo(1e-4f, within(1e-9f));
        assertThat(linear.at(500)).isCloseTo(1e-4f, within(1e-9f));
    }

    @Test
    void a_resumed_run_continues_the_schedule_where_it_stopped() {
        LearningRateSchedule fresh = new LearningRateSchedule(1e-3f, 10, 100, Decay.COSINE, 0);
        LearningRateSchedule resumed = new LearningRateSchedule(1e-3f, 10, 100, Decay.COSINE, 40);
        assertThat(resumed.getNewValue(1)).isEqualTo(fresh.getNewValue(41)).isEqualTo(fresh.at(40));
    }
}
