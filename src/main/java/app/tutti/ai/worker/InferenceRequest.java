package app.tutti.ai.worker;

import app.tutti.ai.translate.GenerationCallback;
import app.tutti.ai.translate.SamplingSettings;
import app.tutti.ai.translate.TokenConstraint;
import app.tutti.base.domain.ProjectId;
import app.tutti.base.domain.UserId;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * One request for tokens: who asks (for fairness and the rate limit), for which project (for the
 * concurrency limit), the prompt, at most how many tokens, how to sample them and when to stop
 * early ({@code stopRule}, for example after a number of bars).
 *
 * @param timeout overrides the pool's request timeout when shorter; null uses the pool's
 */
public record InferenceRequest(UserId user, ProjectId project, int[] prompt, int maxTokens, SamplingSettings sampling,
        long seed, TokenConstraint constraint, GenerationCallback stopRule, @Nullable Duration timeout) {

    public InferenceRequest {
        if (prompt.length == 0) {
            throw new IllegalArgumentException("The prompt needs at least one token");
        }
        if (maxTokens < 1) {
            throw new IllegalArgumentException("Ask for at least one token, not " + maxTokens);
        }
        prompt = prompt.clone();
    }
}
