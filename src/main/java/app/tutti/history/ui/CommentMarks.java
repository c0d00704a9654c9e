package app.tutti.history.ui;

import app.tutti.collab.ui.RulerMark;
import app.tutti.history.service.CommentThread;
import java.util.List;

/** Open comment threads as marks over their bars in the roll's ruler; resolved threads are left out. */
final class CommentMarks {

    private static final int MAX_TEXT = 140;

    private CommentMarks() {
    }

    static List<RulerMark> of(List<CommentThread> threads) {
        return threads.stream().filter(thread -> !thread.comment().resolved())
                .map(thread -> new RulerMark(thread.comment().id(), thread.comment().firstBar(),
                        thread.comment().lastBar(), label(thread)))
                .toList();
    }

    /** "Bars 3–4 · Ana: Try a suspension here (2 replies)". */
    static String label(CommentThread thread) {
        String body = thread.comment().body().strip();
        if (body.length() > MAX_TEXT) {
            body = body.substring(0, MAX_TEXT - 1) + "…";
        }
        int replies = thread.replies().size();
        return thread.bars() + " · " + thread.authorName() + ": " + body
                + (replies == 0 ? "" : " (" + replies + (replies == 1 ? " reply)" : " replies)"));
    }
}
