package app.tutti.collab.service;

import app.tutti.composition.domain.Note;
import java.util.List;

/**
 * One open editor as the others see it: who (name, initials, colour), where their playhead and
 * the left edge of their view are, what they have selected, and the notes they are dragging right
 * now (transient, not ops). {@code key} tells two tabs of the same user apart.
 */
public record Presence(String key, String name, String initials, String colour, long playhead, long viewTick,
        List<String> selection, List<Note> dragging) {

    /** At most this many selected ids and dragged notes are shared; a bigger selection is shown in part. */
    public static final int MAX_SHARED = 500;

    public Presence {
        selection = List.copyOf(selection.subList(0, Math.min(MAX_SHARED, selection.size())));
        dragging = List.copyOf(dragging.subList(0, Math.min(MAX_SHARED, dragging.size())));
    }

    Presence moved(long playhead, long viewTick, List<String> selection, List<Note> dragging) {
        return new Presence(key, name, initials, colour, Math.max(0, playhead), Math.max(0, viewTick), selection,
                dragging);
    }
}
