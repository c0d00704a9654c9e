package app.tutti.history.service;

import app.tutti.history.domain.GenerationCredit;
import java.util.Optional;
import java.util.UUID;

/**
 * Looks up the model and the people behind an AI generation (the AI feature's
 * {@code AiGenerationCredits} reads its generation records). For a generation no bean knows,
 * history names it by its id and credits the user who submitted its notes as the acceptor. With
 * several beans, the first that knows it answers.
 */
@FunctionalInterface
public interface GenerationCredits {

    Optional<GenerationCredit> find(UUID generationId);
}
