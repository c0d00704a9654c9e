package app.tutti.ai.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MusicModelTest {

    private static final ModelConfig CONFIG = new ModelConfig(12, 32, 2, 1, 64, 32, 0.1f);
    private static final long[] TOKENS = {1, 5, 7, 2, 11, 0};

    @TempDir
    Path directory;

    @Test
    void a_saved_checkpoint_loads_with_identical_logits() throws IOException {
        float[] expected = saveRandomModel(3, null);
        try (MusicModel model = MusicModel.load(directory); NDManager manager = model.newManager()) {
            NDList out = model.forward(new NDList(manager.create(TOKENS, new Shape(1, TOKENS.length))));
            assertThat(out.singletonOrThrow().toFloatArray()).containsExactly(expected);
            assertThat(model.config()).isEqualTo(CONFIG);
        }
    }

    @Test
    void only_the_latest_and_best_weights_are_kept_and_the_state_names_them() throws IOException {
        saveRandomModel(1, CheckpointDirectory.parametersFileFor(1));
        saveRandomModel(2, CheckpointDirectory.parametersFileFor(1));
        Checkpoint latest = new CheckpointDirectory(directory).latest().orElseThrow();
        assertThat(latest.step()).isEqualTo(2);
        assertThat(latest.servingParametersFile()).isEqualTo(CheckpointDirectory.parametersFileFor(1));
        try (Stream<Path> files = Files.list(directory)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted())
                    .containsExactly("checkpoint.properties", "step-00000001.params", "step-00000002.params");
        }
    }

    @Test
    void loading_an_empty_directory_fails_clearly() {
        assertThatThrownBy(() -> MusicModel.load(directory)).isInstanceOf(IOException.class)
                .hasMessageContaining("No checkpoint");
    }

    /** Saves a freshly initialised model as step {@code step} and returns its logits. */
    private float[] saveRandomModel(long step, @Nullable String best) throws IOException {
        Engine.getInstance().setRandomSeed((int) step);
        try (NDManager manager = NDManager.newBaseManager()) {
            MusicTransformerBlock block = new MusicTransformerBlock(CONFIG);
            block.initialize(manager, DataType.FLOAT32, new Shape(1, TOKENS.length));
            new CheckpointDirectory(directory).save(block,
                    new Checkpoint(CONFIG, step, 42, 1.5, CheckpointDirectory.parametersFileFor(step), best));
            NDList input = new NDList(manager.create(TOKENS, new Shape(1, TOKENS.length)));
            return block.forward(new ParameterStore(manager, false), input, false).singletonOrThrow().toFloatArray();
        }
    }
}
