package app.tutti.testsupport;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The read-only music data shared by all developers and CI, at {@code ../shared/data} from the
 * project root unless {@code -Dtutti.data.dir} says otherwise. A test that needs it calls
 * {@link #require}: when the folder is missing the test is skipped with a message, except on CI
 * ({@code CI=true}), where it fails so that missing data cannot hide a broken build.
 */
public record SharedData(Path root) {

    public static SharedData require(String dataSet) {
        Path root = Path.of(System.getProperty("tutti.data.dir", "../shared/data")).toAbsolutePath().normalize();
        if (!Files.isDirectory(root.resolve(dataSet))) {
            String message = "Shared data set '" + dataSet + "' not found under " + root
                    + " (set -Dtutti.data.dir=/path/to/shared/data)";
            if (RequiredService.onCi()) {
                fail(message);
            }
            Assumptions.abort(message);
        }
        return new SharedData(root);
    }

    /** The MIDI file of one POP909 song, numbered 1 to 909. */
    public Path pop909Song(int number) {
        String folder = String.format("%03d", number);
        return root.resolve("pop909").resolve(folder).resolve(folder + ".mid");
    }

    /** Every POP909 song's MIDI file, in song order. */
    public List<Path> pop909Songs() {
        try (Stream<Path> folders = Files.list(root.resolve("pop909"))) {
            return folders.filter(Files::isDirectory)
                    .map(folder -> folder.resolve(folder.getFileName() + ".mid"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
