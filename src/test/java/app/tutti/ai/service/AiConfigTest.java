package app.tutti.ai.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Start-up fails fast, with a message that says what to fix, when the model cannot be loaded. */
class AiConfigTest {

    private static final Path SHIPPED = Path.of("src/main/resources/model");

    @Test
    void the_shipped_checkpoint_is_found_in_the_jar_and_identified_by_step_and_weights_hash() {
        ModelFiles files = new AiConfig().modelFiles("");
        assertThat(files.identity().name()).isEqualTo(ModelFiles.MODEL_NAME);
        assertThat(files.identity().version()).matches("step 3000 sha256:[0-9a-f]{12} remi-v1");
        assertThat(files.tokenizer().vocabulary().size()).isEqualTo(408);
    }

    @Test
    void a_folder_without_a_checkpoint_stops_the_start_with_a_clear_message(@TempDir Path empty) {
        assertThatThrownBy(() -> new AiConfig().modelFiles(empty.toString()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Tutti cannot start: the AI model could not be loaded from " + empty)
                .hasMessageContaining("No checkpoint.properties")
                .hasMessageContaining("tutti.ai.model-dir");
    }

    @Test
    void corrupt_weights_stop_the_start_with_a_clear_message(@TempDir Path copy) throws Exception {
        try (var files = Files.list(SHIPPED)) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        Path weights = copy.resolve("step-00003000.params");
        Files.write(weights, java.util.Arrays.copyOf(Files.readAllBytes(weights), 1000));
        AiConfig config = new AiConfig();
        ModelFiles files = config.modelFiles(copy.toString());

        assertThatThrownBy(() -> config.musicModel(files, copy.toString()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Tutti cannot start: the AI model could not be loaded from " + copy);
    }
}
