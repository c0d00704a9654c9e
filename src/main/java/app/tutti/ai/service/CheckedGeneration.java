package app.tutti.ai.service;

import app.tutti.ai.domain.Generation;
import app.tutti.ai.domain.GenerationId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A generation that may be run again under a new seed: the originality gate retries a near-copy.
 * The handle follows whichever attempt runs now; {@link #result()} completes with the last one.
 * {@code next} gets each finished attempt and answers either a retry's handle or null to keep it;
 * the kept attempt is read again ({@code reload}) for what {@code next} recorded on it.
 */
final class CheckedGeneration implements GenerationHandle {

    private final List<Consumer<GenerationProgress>> listeners = new CopyOnWriteArrayList<>();
    private final CompletableFuture<Generation> result = new CompletableFuture<>();
    private final Function<Generation, GenerationHandle> next;
    private final Function<GenerationId, Generation> reload;
    private volatile GenerationHandle current;
    private volatile boolean cancelled;

    CheckedGeneration(GenerationHandle first, Function<Generation, GenerationHandle> next,
            Function<GenerationId, Generation> reload) {
        this.next = next;
        this.reload = reload;
        follow(first);
    }

    private void follow(GenerationHandle attempt) {
        current = attempt;
        attempt.onProgress(progress -> listeners.forEach(listener -> listener.accept(progress)));
        attempt.result().whenComplete((generation, error) -> {
            if (error != null) {
                result.completeExceptionally(error);
                return;
            }
            try {
                GenerationHandle retry = cancelled ? null : next.apply(generation);
                if (retry == null) {
                    result.complete(reload.apply(generation.id()));
                } else {
                    follow(retry);
                }
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
    }

    @Override
    public GenerationId id() {
        return current.id();
    }

    @Override
    public GenerationProgress progress() {
        return current.progress();
    }

    @Override
    public void onProgress(Consumer<GenerationProgress> listener) {
        listeners.add(listener);
    }

    @Override
    public CompletableFuture<Generation> result() {
        return result;
    }

    @Override
    public void cancel() {
        cancelled = true;
        current.cancel();
    }
}
