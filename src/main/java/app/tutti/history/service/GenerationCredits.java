package app.tutti.history.service;

import app.tutti.history.domain.GenerationCredit;
import java.util.Optional;
import java.util.UUID;

/**
 * Looks up the model and the people behind an AI generation. The AI feature provides the bean;
 * until it does, history knows only the generation's id and the user who submitted its notes.
 */
@FunctionalInterface
public interface GenerationCredits {

    GenerationCredits NONE = generationId -> Optional.empty();

    Optional<GenerationCredit> find(UUID generationId);
}
