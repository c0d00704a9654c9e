package app.tutti.ai.service;

import app.tutti.ai.domain.ModelIdentity;
import app.tutti.ai.model.Checkpoint;
import app.tutti.ai.model.CheckpointDirectory;
import app.tutti.ai.token.RemiTokenizer;
import app.tutti.ai.token.RemiVocabulary;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The checkpoint folder the app serves: its tokenizer (from the checkpoint's own vocabulary
 * file) and its identity, recorded on every generation: name, training step and the start of the
 * weights' SHA-256, so two checkpoints never share a version.
 */
public record ModelFiles(Path directory, RemiTokenizer tokenizer, ModelIdentity identity, int context) {

    public static final String MODEL_NAME = "tutti-music-transformer";

    /** Reads the checkpoint description and vocabulary; throws with a clear message if either is missing or broken. */
    public static ModelFiles read(Path directory) throws IOException {
        Checkpoint checkpoint = new CheckpointDirectory(directory).latest()
                .orElseThrow(() -> new IOException("No checkpoint.properties in " + directory));
        Path weights = directory.resolve(checkpoint.servingParametersFile());
        if (!Files.isRegularFile(weights)) {
            throw new IOException("The checkpoint names " + weights.getFileName() + ", which is missing");
        }
        RemiTokenizer tokenizer = new RemiTokenizer(RemiVocabulary.readFrom(directory.resolve("vocabulary.txt")));
        if (tokenizer.vocabulary().size() != checkpoint.config().vocabSize()) {
            throw new IOException("vocabulary.txt has " + tokenizer.vocabulary().size() + " tokens but the model "
                    + checkpoint.config().vocabSize());
        }
        String version = "step " + checkpoint.step() + " sha256:" + sha256(weights).substring(0, 12) + " "
                + RemiVocabulary.VERSION;
        return new ModelFiles(directory, tokenizer, new ModelIdentity(MODEL_NAME, version),
                checkpoint.config().context());
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
