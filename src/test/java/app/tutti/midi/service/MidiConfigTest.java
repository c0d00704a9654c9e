package app.tutti.midi.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class MidiConfigTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(MidiConfig.class);

    @Test
    void the_importer_accepts_files_up_to_the_configured_upload_limit() {
        byte[] twoKilobytes = Arrays.copyOf(TestSequence.ppq(480).note(0, 60, 0, 480, 100).type0(), 2048);

        context.withPropertyValues("spring.servlet.multipart.max-file-size=1KB").run(beans -> {
            assertThat(beans).hasSingleBean(MidiExporter.class);
            assertThatThrownBy(() -> beans.getBean(MidiImporter.class).importFrom(twoKilobytes))
                    .hasMessage("The file is 2 KB, larger than the 1 KB limit for MIDI files.");
        });
    }

    @Test
    void without_configuration_the_limit_is_5_mb() {
        context.run(beans -> assertThatThrownBy(() -> beans.getBean(MidiImporter.class)
                .importFrom(new byte[5 * 1024 * 1024 + 1])).hasMessageContaining("the 5 MB limit"));
    }
}
