package app.tutti.ai.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TokenBatchesTest {

    private static final List<int[]> COUNTING = List.of(IntStream.range(0, 60).toArray(),
            IntStream.range(60, 100).toArray());

    @Test
    void labels_are_the_inputs_shifted_by_one_token() {
        TokenBatch batch = new TokenBatches(COUNTING, 8, 100).trainingBatch(1, 0, 4);
        assertThat(batch.rows()).isEqualTo(4);
        assertThat(batch.length()).isEqualTo(8);
        for (int i = 0; i < batch.inputs().length; i++) {
            assertThat(batch.labels()[i]).isEqualTo(batch.inputs()[i] + 1);
        }
    }

    @Test
    void the_batch_of_a_step_depends_only_on_seed_and_step() {
        TokenBatches batches = new TokenBatches(COUNTING, 8, 100);
        assertThat(batches.trainingBatch(5, 3, 4).inputs()).isEqualTo(batches.trainingBatch(5, 3, 4).inputs());
        assertThat(batches.trainingBatch(5, 3, 4).inputs()).isNotEqualTo(batches.trainingBatch(5, 4, 4).inputs());
        assertThat(batches.trainingBatch(5, 3, 4).inputs()).isNotEqualTo(batches.trainingBatch(6, 3, 4).inputs());
    }

    @Test
    void validation_windows_cover_the_tokens_in_order_without_overlap() {
        List<TokenBatch> batches = new TokenBatches(COUNTING, 8, 100).validationBatches(5, 10);
        // 99 label positions make 12 whole windows of 8: batches of 5, 5 and 2
        assertThat(batches).extracting(TokenBatch::rows).containsExactly(5, 5, 2);
        assertThat(batches.get(1).inputs()[0]).isEqualTo(40);
        assertThat(new TokenBatches(COUNTING, 8, 100).validationBatches(5, 1)).hasSize(1);
    }

    @Test
    void tokens_outside_the_vocabulary_or_too_little_data_are_refused() {
        assertThatThrownBy(() -> new TokenBatches(COUNTING, 8, 50)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TokenBatches(List.of(new int[] {1, 2}), 8, 50))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
