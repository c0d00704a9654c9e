package app.tutti.history.domain;

import app.tutti.base.domain.UserId;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What credit needs to know about one AI generation: the model, who asked for and accepted it, and
 * the training excerpts its notes come closest to ("POP909 song 123, bars 17–20, 41 % similar —
 * licence and credit"), best first.
 */
public record GenerationCredit(UUID generationId, String model, String modelVersion, @Nullable UserId requestedBy,
        @Nullable UserId acceptedBy, List<String> closestTrainingExcerpts) {

    public GenerationCredit {
        closestTrainingExcerpts = List.copyOf(closestTrainingExcerpts);
    }
}
