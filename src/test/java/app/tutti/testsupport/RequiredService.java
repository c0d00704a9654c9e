package app.tutti.testsupport;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;

/**
 * Tests that need an outside service (PostgreSQL, Chromium) run when it is there. When it is
 * missing they are skipped with a message, except on CI ({@code CI=true}), where a missing
 * service fails the run instead of silently testing less.
 */
final class RequiredService {

    private RequiredService() {
    }

    static boolean onCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    static ConditionEvaluationResult missing(String what) {
        if (onCi()) {
            throw new IllegalStateException(what + " is required when CI=true, but it is not available.");
        }
        return ConditionEvaluationResult.disabled(what + " is not available here; skipping (it is required when CI=true).");
    }
}
