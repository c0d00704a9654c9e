package app.tutti.classroom.service;

import app.tutti.base.domain.UserId;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Notes in a copy by who wrote them: per person, and those accepted from AI generations; plus the
 * number of edits and the time of the last one.
 */
public record WorkContributions(Map<UserId, Integer> notesByUser, int aiNotes, int edits,
        @Nullable Instant lastActivity) {

    public WorkContributions {
        notesByUser = Map.copyOf(notesByUser);
    }

    public int notesBy(UserId user) {
        return notesByUser.getOrDefault(user, 0);
    }

    /** Every note written in the copy, by people and by the AI. */
    public int totalNotes() {
        return notesByUser.values().stream().mapToInt(Integer::intValue).sum() + aiNotes;
    }

    /** {@code user}'s notes as a whole percentage of all notes written (0 when there are none). */
    public int percentBy(UserId user) {
        return percent(notesBy(user));
    }

    public int aiPercent() {
        return percent(aiNotes);
    }

    private int percent(int part) {
        int total = totalNotes();
        return total == 0 ? 0 : Math.round(100f * part / total);
    }
}
