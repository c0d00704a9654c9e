package app.tutti.ai.domain;

/**
 * What a project allows of the AI, as whoever governs the project sets it (a class assignment, for
 * one). The server enforces it on every request.
 *
 * @param maxGenerationsPerUser how many generations each user may request in the project; 0 turns
 *     the AI off, {@link #UNLIMITED} sets no limit
 * @param originalityGateRequired generations that nearly copy training music are withheld, and the
 *     project's owner cannot switch that off
 */
public record AiPolicy(int maxGenerationsPerUser, boolean originalityGateRequired) {

    public static final int UNLIMITED = Integer.MAX_VALUE;
    /** No limits: what a project without a governing policy gets. */
    public static final AiPolicy OPEN = new AiPolicy(UNLIMITED, false);

    public AiPolicy {
        if (maxGenerationsPerUser < 0) {
            throw new IllegalArgumentException("A generation limit cannot be negative: " + maxGenerationsPerUser);
        }
    }

    public static AiPolicy off() {
        return new AiPolicy(0, false);
    }

    public static AiPolicy atMost(int generations) {
        return new AiPolicy(generations, false);
    }

    public AiPolicy requiringOriginality() {
        return new AiPolicy(maxGenerationsPerUser, true);
    }

    public boolean allowsAi() {
        return maxGenerationsPerUser > 0;
    }

    /** The stricter of the two: the lower limit, and the gate if either requires it. */
    public AiPolicy strictest(AiPolicy other) {
        return new AiPolicy(Math.min(maxGenerationsPerUser, other.maxGenerationsPerUser),
                originalityGateRequired || other.originalityGateRequired);
    }
}
