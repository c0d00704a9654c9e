package app.tutti.collab.ui;

import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Where the user is in the roll, as the browser reports it (untrusted).
 *
 * @param activeTrackId null if the browser sent no valid id
 * @param selectionStart first tick of the selected notes, -1 if none are selected
 * @param selectionEnd tick where the last selected note ends, -1 if none are selected
 */
public record RollPosition(long playheadTick, @Nullable UUID activeTrackId, long selectionStart, long selectionEnd) {

    public boolean hasSelection() {
        return selectionStart >= 0 && selectionEnd > selectionStart;
    }

    static Optional<RollPosition> parse(String text) {
        String[] parts = text.split(",", -1);
        try {
            UUID track = parts[1].isBlank() ? null : UUID.fromString(parts[1]);
            return Optional.of(new RollPosition(Math.max(0, (long) Double.parseDouble(parts[0])), track,
                    (long) Double.parseDouble(parts[2]), (long) Double.parseDouble(parts[3])));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
