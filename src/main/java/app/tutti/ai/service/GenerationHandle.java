package app.tutti.ai.service;

import app.tutti.ai.domain.Generation;
import app.tutti.ai.domain.GenerationId;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * A running generation as its requester sees it. {@link #result()} completes with the recorded
 * generation (status done, proposed notes) or fails with {@link GenerationFailedException}; it is
 * completed on a background thread, so a UI must switch to its own thread ({@code ui.access}).
 */
public interface GenerationHandle {

    GenerationId id();

    /** The current progress (cheap; fine to poll). */
    GenerationProgress progress();

    /** Calls {@code listener} when the progress changes, on a background thread; keep it short. */
    void onProgress(Consumer<GenerationProgress> listener);

    CompletableFuture<Generation> result();

    /** Stops the generation: it leaves the queue, or stops before its next token. */
    void cancel();
}
