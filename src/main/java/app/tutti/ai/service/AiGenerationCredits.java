package app.tutti.ai.service;

import app.tutti.ai.domain.GenerationId;
import app.tutti.history.domain.GenerationCredit;
import app.tutti.history.service.GenerationCredits;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Tells history (credits, timeline) the model and the people behind an AI generation, from its record. */
@Component
class AiGenerationCredits implements GenerationCredits {

    private final GenerationRecords records;

    AiGenerationCredits(GenerationRecords records) {
        this.records = records;
    }

    @Override
    public Optional<GenerationCredit> find(UUID generationId) {
        return records.find(new GenerationId(generationId)).map(generation -> new GenerationCredit(generationId,
                generation.model().name(), generation.model().version(), generation.requestedBy(),
                generation.acceptedBy()));
    }
}
