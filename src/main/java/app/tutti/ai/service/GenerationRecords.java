package app.tutti.ai.service;

import app.tutti.ai.domain.Generation;
import app.tutti.ai.domain.GenerationId;
import app.tutti.ai.domain.GenerationRepository;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Generation records for other features that show who wrote what (credits, dashboards). It checks
 * no permission: callers have already checked that the user may see the project the generation
 * belongs to, and must not hand the record to anyone else.
 */
@Service
public class GenerationRecords {

    private final GenerationRepository generations;

    GenerationRecords(GenerationRepository generations) {
        this.generations = generations;
    }

    @Transactional(readOnly = true)
    public Optional<Generation> find(GenerationId id) {
        return generations.findById(id);
    }
}
