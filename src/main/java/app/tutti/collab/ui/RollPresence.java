package app.tutti.collab.ui;

import app.tutti.composition.domain.Note;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Where the browser's user is, as the roll sends it: playhead, left edge of the view, selection, drag. */
record RollPresence(long playhead, long viewTick, @Nullable List<String> selection, @Nullable List<Note> dragging) {

    List<String> selectionOrEmpty() {
        return selection == null ? List.of() : selection;
    }

    List<Note> draggingOrEmpty() {
        return dragging == null ? List.of() : dragging;
    }
}
