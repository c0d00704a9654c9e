package app.tutti.history.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.tutti.base.domain.ProjectId;
import app.tutti.base.domain.UserId;
import app.tutti.collab.ui.RulerMark;
import app.tutti.history.domain.ProjectComment;
import app.tutti.history.service.CommentThread;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Which comment threads become ruler marks, and what a mark says. */
class CommentMarksTest {

    private static final ProjectId PROJECT = new ProjectId(UUID.randomUUID());
    private static final UserId ANA = new UserId(UUID.randomUUID());

    @Test
    void open_threads_become_marks_over_their_bars_and_resolved_ones_are_left_out() {
        CommentThread open = thread(3, 4, "Try a suspension here", false, 2);
        CommentThread resolved = thread(9, 9, "Done", true, 0);

        List<RulerMark> marks = CommentMarks.of(List.of(open, resolved));

        assertThat(marks).singleElement().satisfies(mark -> {
            assertThat(mark.id()).isEqualTo(open.comment().id());
            assertThat(mark.firstBar()).isEqualTo(3);
            assertThat(mark.lastBar()).isEqualTo(4);
            assertThat(mark.label()).isEqualTo("Bars 3–4 · Ana: Try a suspension here (2 replies)");
        });
    }

    @Test
    void a_long_comment_is_shortened_in_its_label() {
        String label = CommentMarks.label(thread(1, 1, "x".repeat(500), false, 1));
        assertThat(label).startsWith("Bar 1 · Ana: xxx").endsWith("…" + " (1 reply)");
        assertThat(label.length()).isLessThan(180);
    }

    private static CommentThread thread(int first, int last, String body, boolean resolved, int replies) {
        Instant at = Instant.parse("2026-11-26T10:00:00Z");
        ProjectComment root = new ProjectComment(UUID.randomUUID(), PROJECT, null, ANA, first, last, body, at,
                resolved ? ANA : null, resolved ? at : null);
        List<CommentThread.Reply> answers = java.util.stream.IntStream.range(0, replies)
                .mapToObj(i -> new CommentThread.Reply(new ProjectComment(UUID.randomUUID(), PROJECT, root.id(), ANA,
                        first, last, "Reply " + i, at, null, null), "Ben"))
                .toList();
        return new CommentThread(root, "Ana", answers, resolved ? "Ana" : "");
    }
}
