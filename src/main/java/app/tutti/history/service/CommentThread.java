package app.tutti.history.service;

import app.tutti.history.domain.ProjectComment;
import java.util.List;

/** A comment with its replies (oldest first) and the names of everyone in it. */
public record CommentThread(ProjectComment comment, String authorName, List<Reply> replies,
        String resolvedByName) {

    public record Reply(ProjectComment comment, String authorName) {
    }

    public CommentThread {
        replies = List.copyOf(replies);
    }

    /** "Bar 3" or "Bars 9–12". */
    public String bars() {
        return comment.firstBar() == comment.lastBar() ? "Bar " + comment.firstBar()
                : "Bars " + comment.firstBar() + "–" + comment.lastBar();
    }
}
