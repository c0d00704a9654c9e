package app.tutti.ai.service;

import app.tutti.ai.domain.Generation;
import app.tutti.ai.domain.GenerationId;
import app.tutti.ai.domain.GenerationTask;

/**
 * Where generations run: in this node's worker pool ({@link LocalGenerationRunner}) or on
 * AI-worker nodes through the job table ({@link RemoteGenerationRunner}). Either way the runner
 * writes the outcome into the generation record.
 */
interface GenerationRunner {

    /** Starts the recorded (queued) generation; throws a user-facing exception if it cannot be taken now. */
    GenerationHandle start(Generation generation, GenerationTask task);

    /** Cancels a generation this runner knows, also when its handle is gone (say, after a page reload). */
    void cancel(GenerationId id);
}
