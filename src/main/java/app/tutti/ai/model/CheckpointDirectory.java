package app.tutti.ai.model;

import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDManager;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A folder of checkpoints: {@code checkpoint.properties} (config, step, seed, best validation loss and
 * which weight files count) beside {@code step-NNNNNNNN.params} weight files and, for resuming, the
 * optimizer's {@code step-NNNNNNNN.optimizer} state of the latest step. Every file is written
 * to a temporary name and then moved into place, so a run killed mid-save leaves the previous
 * checkpoint intact. Only the latest and the best weight files are kept.
 */
public final class CheckpointDirectory {

    static final String STATE_FILE = "checkpoint.properties";

    private final Path directory;

    public CheckpointDirectory(Path directory) {
        this.directory = directory;
    }

    public Path path() {
        return directory;
    }

    /** The latest saved state, or empty if nothing has been saved here yet. */
    public Optional<Checkpoint> latest() throws IOException {
        Path state = directory.resolve(STATE_FILE);
        if (!Files.exists(state)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(state, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return Optional.of(Checkpoint.fromProperties(properties));
    }

    /** The file name weights after {@code step} are saved under. */
    public static String parametersFileFor(long step) {
        return String.format(Locale.ROOT, "step-%08d.params", step);
    }

    /** The file name the optimizer's state after {@code step} is saved under. */
    public static String optimizerFileFor(long step) {
        return String.format(Locale.ROOT, "step-%08d.optimizer", step);
    }

    /** Writes {@code block}'s weights to {@code checkpoint.parametersFile()}, then the state file. */
    public void save(MusicTransformerBlock block, Checkpoint checkpoint) throws IOException {
        save(block, checkpoint, file -> { });
    }

    /**
     * Writes {@code block}'s weights, then the optimizer's state through {@code optimizer} (to
     * {@link #optimizerFileFor} the checkpoint's step), then the state file that makes both count.
     */
    public void save(MusicTransformerBlock block, Checkpoint checkpoint, StateWriter optimizer) throws IOException {
        Files.createDirectories(directory);
        Path weights = directory.resolve(checkpoint.parametersFile());
        Path temporary = directory.resolve(checkpoint.parametersFile() + ".tmp");
        try (OutputStream out = Files.newOutputStream(temporary);
                DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out))) {
            block.saveParameters(data);
        }
        Files.move(temporary, weights, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        optimizer.writeTo(directory.resolve(optimizerFileFor(checkpoint.step())));
        writeState(checkpoint);
        deleteUnreferenced(checkpoint);
    }

    /** The optimizer state saved with {@code checkpoint}, if it was saved with one. */
    public Optional<Path> optimizerState(Checkpoint checkpoint) {
        Path file = directory.resolve(optimizerFileFor(checkpoint.step()));
        return Files.exists(file) ? Optional.of(file) : Optional.empty();
    }

    /** Reads weights from {@code fileName} into {@code block}; the arrays belong to {@code manager}. */
    public void loadParameters(MusicTransformerBlock block, NDManager manager, String fileName) throws IOException {
        try (InputStream in = Files.newInputStream(directory.resolve(fileName));
                DataInputStream data = new DataInputStream(new BufferedInputStream(in))) {
            block.loadParameters(manager, data);
        } catch (MalformedModelException e) {
            throw new IOException("Unreadable weights in " + directory.resolve(fileName), e);
        }
    }

    private static boolean isStepFile(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".params") || name.endsWith(".optimizer");
    }

    private void writeState(Checkpoint checkpoint) throws IOException {
        Path temporary = directory.resolve(STATE_FILE + ".tmp");
        try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            checkpoint.toProperties().store(writer, "Tutti music transformer checkpoint");
        }
        Files.move(temporary, directory.resolve(STATE_FILE), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }

    private void deleteUnreferenced(Checkpoint checkpoint) throws IOException {
        Set<String> keep = new HashSet<>();
        keep.add(checkpoint.parametersFile());
        keep.add(checkpoint.servingParametersFile());
        keep.add(optimizerFileFor(checkpoint.step()));
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(CheckpointDirectory::isStepFile).toList()) {
                if (!keep.contains(file.getFileName().toString())) {
                    Files.delete(file);
                }
            }
        }
    }

    /** Writes extra state that belongs to a checkpoint into a file. */
    @FunctionalInterface
    public interface StateWriter {
        void writeTo(Path file) throws IOException;
    }
}
