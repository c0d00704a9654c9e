package app.tutti.classroom.domain;

import app.tutti.ai.domain.AiPolicy;
import app.tutti.base.domain.InvalidInputException;
import app.tutti.base.domain.ProjectId;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a teacher fills in for an assignment: title, instructions, the template project (none for an
 * empty project), due date (optional), individual or group work, and the AI policy for the copies.
 */
public record AssignmentDraft(String title, String instructions, @Nullable ProjectId template,
        @Nullable Instant dueAt, WorkMode mode, AiPolicy aiPolicy) {

    public static final int MAX_TITLE_LENGTH = 120;
    public static final int MAX_INSTRUCTIONS_LENGTH = 4000;

    public AssignmentDraft {
        title = Objects.requireNonNullElse(title, "").strip();
        instructions = Objects.requireNonNullElse(instructions, "").strip();
        if (title.isEmpty()) {
            throw new InvalidInputException("Give the assignment a title.");
        }
        if (title.length() > MAX_TITLE_LENGTH) {
            throw new InvalidInputException("A title can be at most " + MAX_TITLE_LENGTH + " characters.");
        }
        if (instructions.length() > MAX_INSTRUCTIONS_LENGTH) {
            throw new InvalidInputException("Instructions can be at most " + MAX_INSTRUCTIONS_LENGTH + " characters.");
        }
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(aiPolicy, "aiPolicy");
    }
}
