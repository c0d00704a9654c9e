package app.tutti.history.domain;

import app.tutti.base.domain.UserId;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Who wrote an operation: a person, or an AI generation (which a person requested and accepted).
 * Written as {@code u:<uuid>} or {@code g:<uuid>} in stored state.
 */
public record Contributor(Kind kind, UUID id) implements Comparable<Contributor> {

    public enum Kind { USER, GENERATION }

    public Contributor {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    public static Contributor user(UserId userId) {
        return new Contributor(Kind.USER, userId.value());
    }

    public static Contributor generation(UUID generationId) {
        return new Contributor(Kind.GENERATION, generationId);
    }

    /** The author of a log row: the generation when there is one (the user then only accepted it). */
    public static @Nullable Contributor ofLogRow(@Nullable UUID userId, @Nullable UUID generationId) {
        if (generationId != null) {
            return generation(generationId);
        }
        return userId == null ? null : new Contributor(Kind.USER, userId);
    }

    public boolean isAi() {
        return kind == Kind.GENERATION;
    }

    public String encode() {
        return (kind == Kind.USER ? "u:" : "g:") + id;
    }

    public static Contributor decode(String text) {
        UUID id = UUID.fromString(text.substring(2));
        return text.startsWith("g:") ? generation(id) : new Contributor(Kind.USER, id);
    }

    @Override
    public int compareTo(Contributor other) {
        return encode().compareTo(other.encode());
    }
}
