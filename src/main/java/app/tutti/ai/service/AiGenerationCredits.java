package app.tutti.ai.service;

import app.tutti.ai.domain.ClosestExcerpt;
import app.tutti.ai.domain.GenerationId;
import app.tutti.ai.domain.GenerationRepository;
import app.tutti.history.domain.GenerationCredit;
import app.tutti.history.service.GenerationCredits;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Tells history who is behind a generation's notes: the model (name and version) and the users
 * who asked for and accepted them; and, for a credits export, where the notes come from.
 */
@Component
public class AiGenerationCredits implements GenerationCredits {

    private final GenerationRepository generations;

    AiGenerationCredits(GenerationRepository generations) {
        this.generations = generations;
    }

    @Override
    public Optional<GenerationCredit> find(UUID generationId) {
        return generations.findById(new GenerationId(generationId)).map(g -> new GenerationCredit(generationId,
                g.model().name(), g.model().version(), g.requestedBy(), g.acceptedBy(),
                g.provenance().stream().map(excerpt -> excerpt.describe() + " — " + excerpt.credit()).toList()));
    }

    /** The training excerpts closest to a generation's notes, best first (empty if unknown or not checked). */
    public List<ClosestExcerpt> provenance(UUID generationId) {
        return generations.findById(new GenerationId(generationId)).map(g -> g.provenance()).orElse(List.of());
    }
}
