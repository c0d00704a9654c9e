package app.tutti.ai.service;

import app.tutti.ai.domain.Generation;
import app.tutti.ai.domain.GenerationId;
import app.tutti.ai.domain.GenerationRepository;
import app.tutti.ai.domain.GenerationStatus;
import app.tutti.ai.domain.GenerationTask;
import java.time.Clock;
import org.springframework.stereotype.Component;

/** Writes how a run ended into the generation record, the same way for local and remote runs. */
@Component
class GenerationOutcomes {

    private final GenerationRepository generations;
    private final ModelFiles model;
    private final Clock clock;

    GenerationOutcomes(GenerationRepository generations, ModelFiles model, Clock clock) {
        this.generations = generations;
        this.model = model;
        this.clock = clock;
    }

    void started(GenerationId id) {
        generations.markRunning(id, clock.instant());
    }

    /** Decodes the tokens into proposed notes and records them; false if the generation had already ended. */
    boolean done(GenerationId id, GenerationTask task, int[] tokens) {
        return generations.markDone(id, task.notesFrom(model.tokenizer(), tokens), tokens.length, clock.instant());
    }

    boolean ended(GenerationId id, GenerationStatus status, String message) {
        return generations.markEnded(id, status, message, clock.instant());
    }

    Generation get(GenerationId id) {
        return generations.get(id);
    }
}
