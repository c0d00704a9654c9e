package app.tutti.history.service;

import app.tutti.account.service.AccountService;
import app.tutti.base.domain.UserId;
import app.tutti.history.domain.Contributor;
import app.tutti.history.domain.GenerationCredit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Names for contributors as people read them: a user's display name, or for an AI generation
 * "AI (model version), requested by X, accepted by Y". One instance of {@link Lookup} per request
 * asks each name only once.
 */
@Component
class ContributorNames {

    static final String UNKNOWN = "Unknown";

    private final AccountService accounts;
    private final ObjectProvider<GenerationCredits> generationCredits;

    ContributorNames(AccountService accounts, ObjectProvider<GenerationCredits> generationCredits) {
        this.accounts = accounts;
        this.generationCredits = generationCredits;
    }

    /** {@code submitters}: for each generation, the user who submitted its notes (the fallback acceptor). */
    Lookup lookup(Map<UUID, UserId> submitters) {
        return new Lookup(submitters);
    }

    final class Lookup {

        private final Map<UUID, UserId> submitters;
        private final Map<Contributor, String> names = new HashMap<>();
        private final Map<UUID, Optional<GenerationCredit>> generations = new HashMap<>();

        private Lookup(Map<UUID, UserId> submitters) {
            this.submitters = submitters;
        }

        String nameOf(@Nullable Contributor contributor) {
            if (contributor == null) {
                return UNKNOWN;
            }
            return names.computeIfAbsent(contributor, c -> c.isAi() ? aiName(c.id()) : userName(new UserId(c.id())));
        }

        String userName(@Nullable UserId userId) {
            return userId == null ? UNKNOWN : accounts.displayNameOf(userId).orElse(UNKNOWN);
        }

        Optional<GenerationCredit> generation(UUID generationId) {
            return generations.computeIfAbsent(generationId, id -> generationCredits.orderedStream()
                    .map(credits -> credits.find(id)).flatMap(Optional::stream).findFirst());
        }

        /** "AI (model version)" when the generation is known, else "AI generation 1a2b3c4d". */
        String modelName(UUID generationId) {
            return generation(generationId)
                    .map(g -> "AI (" + (g.model() + " " + g.modelVersion()).strip() + ")")
                    .orElse("AI generation " + generationId.toString().substring(0, 8));
        }

        private String aiName(UUID generationId) {
            Optional<GenerationCredit> credit = generation(generationId);
            StringBuilder name = new StringBuilder(modelName(generationId));
            credit.map(GenerationCredit::requestedBy)
                    .ifPresent(user -> name.append(", requested by ").append(userName(user)));
            acceptedBy(generationId).ifPresent(user -> name.append(", accepted by ").append(userName(user)));
            return name.toString();
        }

        Optional<UserId> acceptedBy(UUID generationId) {
            return generation(generationId).map(GenerationCredit::acceptedBy)
                    .or(() -> Optional.ofNullable(submitters.get(generationId)));
        }

        List<String> closestTrainingExcerpts(UUID generationId) {
            return generation(generationId).map(GenerationCredit::closestTrainingExcerpts).orElse(List.of());
        }

        Optional<UserId> requestedBy(UUID generationId) {
            return generation(generationId).map(GenerationCredit::requestedBy);
        }
    }
}
