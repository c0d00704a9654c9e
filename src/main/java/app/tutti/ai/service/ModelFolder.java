package app.tutti.ai.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Finds the checkpoint folder to serve: {@code tutti.ai.model-dir} if set, else the checkpoint
 * shipped in the jar ({@code classpath:/model/}), copied to a temporary folder because the native
 * loader reads files, not jar entries.
 */
final class ModelFolder {

    private static final String SHIPPED = "/model/";

    private ModelFolder() {
    }

    static Path resolve(String configured) throws IOException {
        if (!configured.isBlank()) {
            return Path.of(configured);
        }
        Properties checkpoint = new Properties();
        try (InputStream in = open("checkpoint.properties")) {
            checkpoint.load(in);
        }
        List<String> files = new ArrayList<>(List.of("checkpoint.properties", "vocabulary.txt"));
        for (String key : List.of("parametersFile", "bestParametersFile")) {
            String file = checkpoint.getProperty(key);
            if (file != null && !files.contains(file)) {
                files.add(file);
            }
        }
        Path folder = Files.createTempDirectory("tutti-model-");
        folder.toFile().deleteOnExit();
        for (String file : files) {
            try (InputStream in = open(file)) {
                Path target = folder.resolve(file);
                Files.copy(in, target);
                target.toFile().deleteOnExit();
            }
        }
        return folder;
    }

    private static InputStream open(String file) throws IOException {
        InputStream in = ModelFolder.class.getResourceAsStream(SHIPPED + file);
        if (in == null) {
            throw new IOException("The shipped model file " + SHIPPED + file + " is not on the classpath");
        }
        return in;
    }
}
