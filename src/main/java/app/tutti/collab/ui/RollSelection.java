package app.tutti.collab.ui;

import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * What the browser says is selected in the roll (untrusted): how many notes and, when exactly one,
 * which.
 *
 * @param only the one selected note, or null when the count is not one or the browser sent no valid id
 */
public record RollSelection(int count, @Nullable UUID only) {

    public static final RollSelection NONE = new RollSelection(0, null);

    public boolean isEmpty() {
        return count == 0;
    }

    public Optional<UUID> single() {
        return Optional.ofNullable(only);
    }

    /** Reads the {@code selection-changed} event's detail; anything malformed counts as nothing selected. */
    static RollSelection of(JsonNode count, JsonNode only) {
        int n = Math.max(0, count.asInt(0));
        if (n != 1) {
            return new RollSelection(n, null);
        }
        return new RollSelection(1, PianoRoll.uuid(only.asString("")).orElse(null));
    }
}
