package app.tutti.ai.service;

import app.tutti.ai.domain.AiPolicy;
import app.tutti.base.domain.ProjectId;
import java.util.Optional;

/**
 * A feature that governs some projects' use of the AI (for example a class assignment's AI policy)
 * implements this as a Spring bean. Features depend on the AI, never the other way round.
 */
public interface AiPolicySource {

    /** The policy this source sets for {@code project}, or empty if it does not govern it. */
    Optional<AiPolicy> policyFor(ProjectId project);
}
