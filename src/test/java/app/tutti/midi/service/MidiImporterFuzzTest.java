package app.tutti.midi.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import app.tutti.testsupport.SharedData;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Damages real files at random (fixed seeds, so failures repeat) and checks that the importer
 * either returns a song or rejects the file with a {@link MidiImportException}, never anything else.
 */
class MidiImporterFuzzTest {

    private static final int MUTATIONS = 300;

    private final MidiImporter importer = new MidiImporter(MidiImportLimits.DEFAULTS);

    @Test
    void a_damaged_pop909_song_is_imported_or_rejected_with_a_clear_message() throws Exception {
        byte[] original = Files.readAllBytes(SharedData.require("pop909").pop909Song(1));

        fuzz(original, new Random(909));
    }

    @Test
    void a_damaged_small_file_is_imported_or_rejected_with_a_clear_message() {
        byte[] original = TestSequence.ppq(480).tempo(0, 500_000).timeSignature(0, 3, 2)
                .track().name("A").program(0, 0, 5).note(0, 60, 0, 480, 100).on(480, 0, 62, 90)
                .track().name("B").note(1, 40, 0, 960, 70).note(9, 36, 0, 10, 127)
                .type1();

        fuzz(original, new Random(7));
    }

    private void fuzz(byte[] original, Random random) {
        for (int i = 0; i < MUTATIONS; i++) {
            byte[] damaged = mutate(original, random);
            Throwable thrown = catchThrowable(() -> assertThat(importer.importFrom(damaged).song().noteCount())
                    .isPositive());
            assertThat(thrown == null || thrown instanceof MidiImportException)
                    .as("mutation %d threw %s", i, thrown)
                    .isTrue();
        }
    }

    private static byte[] mutate(byte[] original, Random random) {
        byte[] bytes = original.clone();
        switch (random.nextInt(4)) {
            case 0 -> {
                for (int flips = 1 + random.nextInt(8); flips > 0; flips--) {
                    bytes[random.nextInt(bytes.length)] ^= (byte) (1 << random.nextInt(8));
                }
            }
            case 1 -> bytes = Arrays.copyOf(bytes, random.nextInt(bytes.length));
            case 2 -> {
                int at = random.nextInt(bytes.length - 4);
                int value = random.nextInt();
                for (int b = 0; b < 4; b++) {
                    bytes[at + b] = (byte) (value >> (24 - 8 * b));
                }
            }
            default -> {
                for (int writes = 1 + random.nextInt(16); writes > 0; writes--) {
                    bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
                }
            }
        }
        return bytes;
    }
}
