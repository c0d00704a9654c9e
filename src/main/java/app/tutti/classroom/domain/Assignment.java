package app.tutti.classroom.domain;

import app.tutti.ai.domain.AiPolicy;
import app.tutti.base.domain.ProjectId;
import app.tutti.base.domain.UserId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An assignment of a class as the teacher set it; published once copies have been handed out. */
public record Assignment(AssignmentId id, ClassId classId, AssignmentDraft draft, @Nullable Instant publishedAt,
        UserId createdBy, Instant createdAt) {

    public String title() {
        return draft.title();
    }

    public @Nullable Instant dueAt() {
        return draft.dueAt();
    }

    public @Nullable ProjectId template() {
        return draft.template();
    }

    public WorkMode mode() {
        return draft.mode();
    }

    public AiPolicy aiPolicy() {
        return draft.aiPolicy();
    }

    public boolean published() {
        return publishedAt != null;
    }

    /** True once the due date has passed (never, without one). */
    public boolean isPastDue(Instant now) {
        return draft.dueAt() != null && now.isAfter(draft.dueAt());
    }
}
