package app.tutti.history.service;

import app.tutti.history.domain.GenerationCredit;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Generations the tests declare, answering history's {@link GenerationCredits} lookup the way the
 * AI feature's generation table will. Knows nothing until a test records a generation.
 */
@Component
public class RecordedGenerations implements GenerationCredits {

    private final Map<UUID, GenerationCredit> generations = new ConcurrentHashMap<>();

    public void record(GenerationCredit generation) {
        generations.put(generation.generationId(), generation);
    }

    @Override
    public Optional<GenerationCredit> find(UUID generationId) {
        return Optional.ofNullable(generations.get(generationId));
    }
}
