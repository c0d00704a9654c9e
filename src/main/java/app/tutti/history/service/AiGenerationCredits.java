package app.tutti.history.service;

import app.tutti.ai.domain.GenerationId;
import app.tutti.ai.service.GenerationRecords;
import app.tutti.history.domain.GenerationCredit;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The model and the people behind an accepted AI generation, from the AI feature's generation records. */
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
