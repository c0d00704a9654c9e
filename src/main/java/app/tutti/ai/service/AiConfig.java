package app.tutti.ai.service;

import app.tutti.ai.model.MusicModel;
import app.tutti.ai.provenance.ProvenanceIndex;
import app.tutti.ai.worker.ModelWorkerPool;
import app.tutti.ai.worker.PoolSettings;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Loads the model when the app starts and fails the start with a clear message if it cannot.
 * Which parts run depends on two settings: {@code tutti.ai.mode} ({@code local}: this node runs
 * generations in its own worker pool; {@code remote}: it queues them for AI-worker nodes and needs
 * only the vocabulary) and {@code tutti.role} ({@code ai-worker}: claim queued jobs and run them).
 */
@Configuration
class AiConfig {

    static final String RUNS_MODEL = "'${tutti.ai.mode:local}' == 'local' or '${tutti.role:web}' == 'ai-worker'";
    static final String RUNS_POOL = "'${tutti.ai.mode:local}' == 'local' and '${tutti.role:web}' != 'ai-worker'";

    private static final String PROVENANCE_INDEX = "/model/provenance.idx";
    private static final Logger log = LoggerFactory.getLogger(AiConfig.class);

    @Bean
    ModelFiles modelFiles(@Value("${tutti.ai.model-dir:}") String modelDir) {
        try {
            Path folder = ModelFolder.resolve(modelDir);
            ModelFiles files = ModelFiles.read(folder);
            log.info("AI model {} found in {}", files.identity(), modelDir.isBlank() ? "the jar" : folder);
            return files;
        } catch (IOException | RuntimeException e) {
            throw modelProblem(modelDir, e);
        }
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnExpression(RUNS_MODEL)
    MusicModel musicModel(ModelFiles files, @Value("${tutti.ai.model-dir:}") String modelDir) {
        long started = System.nanoTime();
        try {
            MusicModel model = MusicModel.load(files.directory());
            log.info("AI model loaded ({} weights) in {} ms", model.parameterCount(),
                    (System.nanoTime() - started) / 1_000_000);
            return model;
        } catch (IOException | RuntimeException e) {
            throw modelProblem(modelDir, e);
        }
    }

    /** The index over the training split shipped beside the checkpoint (docs/provenance.md). */
    @Bean
    ProvenanceIndex provenanceIndex() {
        long started = System.nanoTime();
        try (InputStream in = AiConfig.class.getResourceAsStream(PROVENANCE_INDEX)) {
            if (in == null) {
                throw new IllegalStateException("The provenance index " + PROVENANCE_INDEX + " is missing from the "
                        + "jar; build it with: java -jar target/tutti.jar index --data ../shared/data");
            }
            ProvenanceIndex index = ProvenanceIndex.read(in);
            log.info("Provenance index loaded ({} patterns of {} songs) in {} ms", index.patternCount(),
                    index.sourceCount(), (System.nanoTime() - started) / 1_000_000);
            return index;
        } catch (IOException e) {
            throw new IllegalStateException("The provenance index " + PROVENANCE_INDEX + " cannot be read: "
                    + e.getMessage(), e);
        }
    }

    @Bean
    PoolSettings poolSettings(@Value("${tutti.ai.workers:0}") int workers,
            @Value("${tutti.ai.queue-capacity:32}") int queueCapacity,
            @Value("${tutti.ai.request-timeout:30s}") Duration requestTimeout,
            @Value("${tutti.ai.rate-limit-requests:20}") int rateLimitRequests,
            @Value("${tutti.ai.rate-limit-window:1m}") Duration rateLimitWindow,
            @Value("${tutti.ai.project-concurrency:4}") int projectConcurrency) {
        return new PoolSettings(workers > 0 ? workers : PoolSettings.defaultWorkers(), queueCapacity, requestTimeout,
                rateLimitRequests, rateLimitWindow, projectConcurrency);
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnExpression(RUNS_POOL)
    ModelWorkerPool modelWorkerPool(PoolSettings settings, MusicModel model, Clock clock, MeterRegistry registry) {
        return new ModelWorkerPool(settings, model, clock, registry);
    }

    /** On an AI-worker node: as many claiming threads as a local pool would have workers. */
    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "tutti.role", havingValue = "ai-worker")
    RemoteJobWorker remoteJobWorker(RemoteJobs jobs, ModelFiles files, MusicModel model, Clock clock,
            PoolSettings settings, @Value("${tutti.ai.poll-interval:500ms}") Duration pollInterval) {
        RemoteJobWorker worker = new RemoteJobWorker(jobs, files, model, clock, pollInterval,
                "ai-worker@" + System.getenv().getOrDefault("HOSTNAME", "host") + "-"
                        + ProcessHandle.current().pid());
        worker.start(settings.workers());
        return worker;
    }

    private static IllegalStateException modelProblem(String modelDir, Exception cause) {
        String where = modelDir.isBlank() ? "the checkpoint shipped in the jar (classpath:/model/)" : modelDir;
        String message = "Tutti cannot start: the AI model could not be loaded from " + where + ": "
                + cause.getMessage() + ". Point tutti.ai.model-dir (TUTTI_AI_MODEL_DIR) at a checkpoint folder"
                + " written by the train command.";
        log.error(message);
        return new IllegalStateException(message, cause);
    }
}
