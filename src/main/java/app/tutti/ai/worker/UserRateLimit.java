package app.tutti.ai.worker;

import app.tutti.base.domain.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/** At most {@code requests} per user in any sliding {@code window}. Not thread-safe; the pool guards it. */
final class UserRateLimit {

    private final int requests;
    private final Duration window;
    private final Map<UserId, Deque<Instant>> recent = new HashMap<>();

    UserRateLimit(int requests, Duration window) {
        this.requests = requests;
        this.window = window;
    }

    /** Whether the user may make another request now; if so, it is counted. */
    boolean tryAcquire(UserId user, Instant now) {
        Deque<Instant> times = recent.computeIfAbsent(user, u -> new ArrayDeque<>());
        Instant oldest = now.minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(oldest)) {
            times.pollFirst();
        }
        if (times.size() >= requests) {
            return false;
        }
        times.addLast(now);
        return true;
    }

    /** Gives back the last counted request (it was turned away for another reason). */
    void release(UserId user) {
        Deque<Instant> times = recent.get(user);
        if (times != null) {
            times.pollLast();
        }
    }
}
