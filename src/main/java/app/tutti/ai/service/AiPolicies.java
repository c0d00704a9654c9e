package app.tutti.ai.service;

import app.tutti.ai.domain.AiPolicy;
import app.tutti.ai.domain.GenerationRepository;
import app.tutti.base.domain.InvalidInputException;
import app.tutti.base.domain.ProjectId;
import app.tutti.base.domain.UserId;
import java.util.List;
import org.springframework.stereotype.Service;

/** The AI policy in force for a project (the strictest of all sources), and its enforcement. */
@Service
public class AiPolicies {

    private final List<AiPolicySource> sources;
    private final GenerationRepository generations;

    AiPolicies(List<AiPolicySource> sources, GenerationRepository generations) {
        this.sources = sources;
        this.generations = generations;
    }

    public AiPolicy of(ProjectId project) {
        AiPolicy policy = AiPolicy.OPEN;
        for (AiPolicySource source : sources) {
            policy = source.policyFor(project).map(policy::strictest).orElse(policy);
        }
        return policy;
    }

    /** How many more generations {@code user} may request in {@code project} ({@link AiPolicy#UNLIMITED} if no limit). */
    public int remaining(ProjectId project, UserId user) {
        return remaining(of(project), project, user);
    }

    private int remaining(AiPolicy policy, ProjectId project, UserId user) {
        if (policy.maxGenerationsPerUser() == AiPolicy.UNLIMITED) {
            return AiPolicy.UNLIMITED;
        }
        return Math.max(0, policy.maxGenerationsPerUser() - generations.countCountedAgainstLimit(project, user));
    }

    /** Throws the user's message if the policy does not let {@code user} ask for one more generation. */
    void requireAllowed(ProjectId project, UserId user) {
        AiPolicy policy = of(project);
        if (!policy.allowsAi()) {
            throw new InvalidInputException("The AI is switched off for this project.");
        }
        if (remaining(policy, project, user) == 0) {
            throw new InvalidInputException("You have used all " + policy.maxGenerationsPerUser()
                    + " AI generations this project allows.");
        }
    }
}
