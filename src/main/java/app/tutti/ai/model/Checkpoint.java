package app.tutti.ai.model;

import java.util.Locale;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * What a checkpoint directory says about its latest state.
 *
 * @param config the model's shape
 * @param step optimizer steps taken so far
 * @param seed the training seed; with {@code step} it fixes where the data order and dropout go on
 * @param bestValidationLoss lowest mean validation loss seen, or NaN before the first validation
 * @param parametersFile file (in the directory) holding the weights after {@code step}
 * @param bestParametersFile file holding the weights with {@code bestValidationLoss}, if any
 */
public record Checkpoint(ModelConfig config, long step, long seed, double bestValidationLoss, String parametersFile,
        @Nullable String bestParametersFile) {

    static final int FORMAT = 1;

    /** The weights to serve: the best validated ones if there are any, else the latest. */
    public String servingParametersFile() {
        return bestParametersFile != null ? bestParametersFile : parametersFile;
    }

    Properties toProperties() {
        Properties p = new Properties();
        p.setProperty("format", Integer.toString(FORMAT));
        p.setProperty("vocabSize", Integer.toString(config.vocabSize()));
        p.setProperty("dModel", Integer.toString(config.dModel()));
        p.setProperty("heads", Integer.toString(config.heads()));
        p.setProperty("layers", Integer.toString(config.layers()));
        p.setProperty("ffHidden", Integer.toString(config.ffHidden()));
        p.setProperty("context", Integer.toString(config.context()));
        p.setProperty("dropout", Float.toString(config.dropout()));
        p.setProperty("step", Long.toString(step));
        p.setProperty("seed", Long.toString(seed));
        p.setProperty("bestValidationLoss", String.format(Locale.ROOT, "%s", bestValidationLoss));
        p.setProperty("parametersFile", parametersFile);
        if (bestParametersFile != null) {
            p.setProperty("bestParametersFile", bestParametersFile);
        }
        return p;
    }

    static Checkpoint fromProperties(Properties p) {
        if (!Integer.toString(FORMAT).equals(p.getProperty("format"))) {
            throw new IllegalArgumentException("Unknown checkpoint format " + p.getProperty("format"));
        }
        ModelConfig config = new ModelConfig(integer(p, "vocabSize"), integer(p, "dModel"), integer(p, "heads"),
                integer(p, "layers"), integer(p, "ffHidden"), integer(p, "context"),
                Float.parseFloat(required(p, "dropout")));
        return new Checkpoint(config, Long.parseLong(required(p, "step")), Long.parseLong(required(p, "seed")),
                Double.parseDouble(required(p, "bestValidationLoss")), required(p, "parametersFile"),
                p.getProperty("bestParametersFile"));
    }

    private static int integer(Properties p, String key) {
        return Integer.parseInt(required(p, key));
    }

    private static String required(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null) {
            throw new IllegalArgumentException("Checkpoint lacks " + key);
        }
        return value;
    }
}
