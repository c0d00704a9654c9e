package app.tutti.ai.domain;

import java.util.UUID;

/** Identifies one AI generation; accepted notes carry it in the op log as their author. */
public record GenerationId(UUID value) {

    public static GenerationId random() {
        return new GenerationId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
