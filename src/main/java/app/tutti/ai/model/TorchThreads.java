package app.tutti.ai.model;

import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.JniUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How many threads PyTorch uses inside one operation (a matrix product, say). The setting is
 * process-wide. It comes from the system property {@value #PROPERTY}, else the environment variable
 * {@value #ENVIRONMENT}, else {@value #DEFAULT}.
 */
public record TorchThreads(int intraOp) {

    public static final String PROPERTY = "tutti.ai.threads";
    public static final String ENVIRONMENT = "TUTTI_AI_THREADS";
    public static final int DEFAULT = 2;

    private static final Logger log = LoggerFactory.getLogger(TorchThreads.class);

    public TorchThreads {
        if (intraOp < 1) {
            throw new IllegalArgumentException("At least one thread, not " + intraOp);
        }
    }

    public static TorchThreads fromEnvironment() {
        String value = System.getProperty(PROPERTY, System.getenv(ENVIRONMENT));
        return new TorchThreads(value == null || value.isBlank() ? DEFAULT : Integer.parseInt(value.trim()));
    }

    /** Loads the engine if needed and sets its intra-op thread count. */
    public void apply() {
        Engine.getEngine("PyTorch");
        if (JniUtils.getNumThreads() != intraOp) {
            JniUtils.setNumThreads(intraOp);
            log.info("PyTorch now uses {} intra-op threads", intraOp);
        }
    }
}
