package app.tutti.history.domain;

import app.tutti.base.domain.UserId;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What credit needs to know about one AI generation: the model and who asked for and accepted it. */
public record GenerationCredit(UUID generationId, String model, String modelVersion, @Nullable UserId requestedBy,
        @Nullable UserId acceptedBy) {
}
