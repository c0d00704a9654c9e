package app.tutti.ai.train;

import static org.assertj.core.api.Assertions.assertThat;

import app.tutti.ai.token.RemiTokenizer;
import app.tutti.ai.token.RemiVocabulary;
import app.tutti.testsupport.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The full POP909 baseline (all 809 training songs, all validation and test songs), written to
 * {@code target/baseline.txt}. Only in nightly runs: {@code ./mvnw test -Dtest=BaselineNightlyTest
 * -Dnightly=true} (surefire passes {@code -D} properties on to the test JVM).
 */
@EnabledIfSystemProperty(named = "nightly", matches = "true")
class BaselineNightlyTest {

    @Test
    void the_4_gram_baseline_on_the_full_split_is_measured_and_written_down() throws IOException {
        BaselineEvaluation evaluation = new BaselineEvaluation(SharedData.require("pop909").root(),
                new RemiTokenizer(RemiVocabulary.standard()));

        BaselineResult result = evaluation.evaluate(4, Integer.MAX_VALUE, Integer.MAX_VALUE);

        Files.writeString(Path.of("target", "baseline.txt"), result.report());
        assertThat(result.trainSongs()).isEqualTo(809);
        assertThat(result.validationPerplexity()).isFinite().isLessThan(result.uniformPerplexity());
        assertThat(result.testPerplexity()).isFinite().isLessThan(result.uniformPerplexity());
    }
}
