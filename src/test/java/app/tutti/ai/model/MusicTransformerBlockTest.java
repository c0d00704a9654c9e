package app.tutti.ai.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MusicTransformerBlockTest {

    private static final ModelConfig CONFIG = new ModelConfig(16, 32, 4, 2, 64, 32, 0.1f);

    private NDManager manager;
    private MusicTransformerBlock block;
    private ParameterStore store;

    @BeforeEach
    void setUp() {
        Engine.getInstance().setRandomSeed(7);
        manager = NDManager.newBaseManager();
        block = new MusicTransformerBlock(CONFIG);
        block.initialize(manager, DataType.FLOAT32, new Shape(2, 8));
        store = new ParameterStore(manager, false);
    }

    @AfterEach
    void tearDown() {
        manager.close();
    }

    @Test
    void logits_have_one_row_per_position_and_one_column_per_token() {
        NDArray logits = logits(tokens(new long[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 2, 5));
        assertThat(logits.getShape()).isEqualTo(new Shape(2, 5, 16));
        assertThat(block.getOutputShapes(new Shape[] {new Shape(2, 5)})).containsExactly(new Shape(2, 5, 16));
    }

    @Test
    void changing_later_tokens_does_not_change_earlier_logits() {
        float[] first = logits(tokens(new long[] {3, 1, 4, 1, 5, 9, 2, 6}, 1, 8)).get(new NDIndex(":, :4")).toFloatArray();
        float[] second = logits(tokens(new long[] {3, 1, 4, 1, 15, 0, 12, 7}, 1, 8)).get(new NDIndex(":, :4")).toFloatArray();
        float[] firstAll = logits(tokens(new long[] {3, 1, 4, 1, 5, 9, 2, 6}, 1, 8)).get(new NDIndex(":, 4")).toFloatArray();
        float[] secondAll = logits(tokens(new long[] {3, 1, 4, 1, 15, 0, 12, 7}, 1, 8)).get(new NDIndex(":, 4")).toFloatArray();
        assertThat(second).containsExactly(first, org.assertj.core.data.Offset.offset(1e-6f));
        assertThat(secondAll).isNotEqualTo(firstAll);
    }

    @Test
    void incremental_decoding_with_the_cache_matches_full_recompute() {
        long[] sequence = {3, 1, 4, 1, 5, 9, 2, 6, 5, 3};
        NDArray full = logits(tokens(sequence, 1, sequence.length));
        KvCache cache = KvCache.empty(manager, CONFIG, 1);
        NDList out = block.forward(store, cache.withTokens(tokens(new long[] {3, 1, 4, 1}, 1, 4)), false);
        assertClose(out.get(0), full.get(new NDIndex(":, :4")));
        for (int i = 4; i < sequence.length; i++) {
            cache = KvCache.fromOutputs(out);
            out = block.forward(store, cache.withTokens(tokens(new long[] {sequence[i]}, 1, 1)), false);
            assertClose(out.get(0), full.get(new NDIndex(":, {}:{}", i, i + 1)));
        }
        assertThat(KvCache.fromOutputs(out).length()).isEqualTo(sequence.length);
        assertThat(out.get(1).getShape()).isEqualTo(new Shape(1, 4, sequence.length, 8));
    }

    @Test
    void more_tokens_than_the_context_are_refused() {
        NDArray tooLong = manager.zeros(new Shape(1, CONFIG.context() + 1), DataType.INT64);
        assertThatThrownBy(() -> block.forward(store, new NDList(tooLong), false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private NDArray logits(NDArray tokens) {
        return block.forward(store, new NDList(tokens), false).singletonOrThrow();
    }

    private NDArray tokens(long[] ids, int batch, int length) {
        return manager.create(ids, new Shape(batch, length));
    }

    private static void assertClose(NDArray actual, NDArray expected) {
        assertThat(actual.getShape()).isEqualTo(expected.getShape());
        assertThat(actual.toFloatArray()).containsExactly(expected.toFloatArray(),
                org.assertj.core.data.Offset.offset(1e-4f));
    }
}
