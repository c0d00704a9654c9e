package app.tutti.ai.train;

import static org.assertj.core.api.Assertions.assertThat;

import app.tutti.ai.token.RemiTokenizer;
import app.tutti.ai.token.RemiVocabulary;
import app.tutti.testsupport.SharedData;
import org.junit.jupiter.api.Test;

class BaselineEvaluationTest {

    @Test
    void a_4_gram_trained_on_20_songs_beats_the_uniform_model_on_5_validation_and_test_songs() {
        BaselineEvaluation evaluation = new BaselineEvaluation(SharedData.require("pop909").root(),
                new RemiTokenizer(RemiVocabulary.standard()));

        BaselineResult result = evaluation.evaluate(4, 20, 5);

        assertThat(result.trainSongs()).isEqualTo(20);
        assertThat(result.validationSongs()).isEqualTo(5);
        assertThat(result.testSongs()).isEqualTo(5);
        assertThat(result.validationPerplexity()).isFinite().isGreaterThan(1).isLessThan(result.uniformPerplexity());
        assertThat(result.testPerplexity()).isFinite().isGreaterThan(1).isLessThan(result.uniformPerplexity());
    }
}
