package app.tutti.history.service;

import app.tutti.history.domain.GenerationCredit;
import java.util.Optional;
import java.util.UUID;

/**
 * Looks up the model and the people behind an AI generation. The AI feature provides a bean; until
 * one answers, history knows only the generation's id and the user who submitted its notes. With
 * several beans, the first that knows the generation answers.
 */
@FunctionalInterface
public interface GenerationCredits {

    Optional<GenerationCredit> find(UUID generationId);
}
