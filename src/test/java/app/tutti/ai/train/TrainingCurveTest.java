package app.tutti.ai.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrainingCurveTest {

    @Test
    void training_and_validation_points_are_read_from_progress_lines() {
        List<String> log = List.of(
                "12:00 INFO TrainingProgress -- step 25/3000 loss 5.8400 lr 8.33e-05 grad norm 2.03 | 10411 tokens/s",
                "12:01 INFO TrainingProgress -- step 250 validation loss 1.9845 perplexity 7.28 (best 7.28)",
                "unrelated line");
        assertThat(TrainingCurve.points(log, TrainingCurve.TRAIN)).singleElement().satisfies(p -> {
            assertThat(p[0]).isEqualTo(25);
            assertThat(p[1]).isEqualTo(5.84);
        });
        assertThat(TrainingCurve.points(log, TrainingCurve.VALIDATION)).singleElement()
                .satisfies(p -> assertThat(p[1]).isEqualTo(1.9845));
    }
}
