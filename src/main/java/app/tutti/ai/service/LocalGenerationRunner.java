package app.tutti.ai.service;

import app.tutti.ai.domain.Generation;
import app.tutti.ai.domain.GenerationId;
import app.tutti.ai.domain.GenerationStatus;
import app.tutti.ai.domain.GenerationTask;
import app.tutti.ai.worker.InferenceFailedException;
import app.tutti.ai.worker.InferenceHandle;
import app.tutti.ai.worker.InferenceProgress;
import app.tutti.ai.worker.InferenceRequest;
import app.tutti.ai.worker.InferenceState;
import app.tutti.ai.worker.ModelWorkerPool;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

/** Runs generations in this node's {@link ModelWorkerPool} ({@code tutti.ai.mode=local}, the default). */
@Component
@ConditionalOnExpression(AiConfig.RUNS_POOL)
class LocalGenerationRunner implements GenerationRunner {

    private final ModelWorkerPool pool;
    private final ModelFiles model;
    private final GenerationOutcomes outcomes;
    private final Map<GenerationId, InferenceHandle> running = new ConcurrentHashMap<>();

    LocalGenerationRunner(ModelWorkerPool pool, ModelFiles model, GenerationOutcomes outcomes) {
        this.pool = pool;
        this.model = model;
        this.outcomes = outcomes;
    }

    @Override
    public GenerationHandle start(Generation generation, GenerationTask task) {
        GenerationId id = generation.id();
        InferenceHandle inference = pool.submit(new InferenceRequest(generation.requestedBy(), generation.projectId(),
                task.prompt(), task.maxTokens(), task.sampling(), task.seed(),
                task.constraint(model.tokenizer()), task.stopRule(model.tokenizer()), null));
        running.put(id, inference);
        AtomicBoolean started = new AtomicBoolean();
        inference.onProgress(progress -> {
            if (progress.state() == InferenceState.RUNNING && started.compareAndSet(false, true)) {
                outcomes.started(id);
            }
        });
        CompletableFuture<Generation> result = inference.result().handle((tokens, error) -> {
            running.remove(id);
            Throwable cause = error instanceof CompletionException ? error.getCause() : error;
            if (error == null) {
                try {
                    outcomes.done(id, task, tokens);
                    return outcomes.get(id);
                } catch (RuntimeException e) {
                    cause = e;
                }
            }
            InferenceFailedException failure = cause instanceof InferenceFailedException f ? f
                    : new InferenceFailedException(InferenceState.FAILED, "The AI model failed: " + cause.getMessage());
            GenerationStatus status = failure.state() == InferenceState.CANCELLED ? GenerationStatus.CANCELLED
                    : GenerationStatus.FAILED;
            outcomes.ended(id, status, failure.getMessage());
            throw new GenerationFailedException(status, failure.getMessage());
        });
        return new Handle(id, inference, result);
    }

    @Override
    public void cancel(GenerationId id) {
        InferenceHandle inference = running.get(id);
        if (inference != null) {
            inference.cancel();
        }
    }

    private record Handle(GenerationId id, InferenceHandle inference, CompletableFuture<Generation> result)
            implements GenerationHandle {

        @Override
        public GenerationProgress progress() {
            return convert(inference.progress());
        }

        @Override
        public void onProgress(Consumer<GenerationProgress> listener) {
            inference.onProgress(progress -> listener.accept(convert(progress)));
        }

        @Override
        public void cancel() {
            inference.cancel();
        }

        private static GenerationProgress convert(InferenceProgress progress) {
            GenerationStatus status = switch (progress.state()) {
                case QUEUED -> GenerationStatus.QUEUED;
                case RUNNING -> GenerationStatus.RUNNING;
                case DONE -> GenerationStatus.DONE;
                case CANCELLED -> GenerationStatus.CANCELLED;
                case FAILED, TIMED_OUT -> GenerationStatus.FAILED;
            };
            return new GenerationProgress(status, progress.queuePosition(), progress.tokensGenerated());
        }
    }
}
