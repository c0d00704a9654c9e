package app.tutti.history.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tutti.base.domain.InvalidInputException;
import app.tutti.base.domain.NotFoundException;
import app.tutti.base.domain.PermissionDeniedException;
import app.tutti.history.domain.ProjectComment;
import app.tutti.sharing.domain.ProjectRole;
import app.tutti.testsupport.TestUsers;
import app.tutti.testsupport.TuttiSpringTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Comments on bar ranges: threads, replies, resolve, and who may do what. */
@TuttiSpringTest
class CommentServiceTest {

    @Autowired
    HistoryScenario scenario;
    @Autowired
    CommentService comments;
    @Autowired
    TestUsers users;
    @Autowired
    CommentFeed feed;

    HistoryScenario.Song song;

    @BeforeEach
    void start() {
        song = scenario.start();
    }

    @AfterEach
    void logOut() {
        users.logOut();
    }

    @Test
    void a_viewer_comments_on_bars_an_editor_replies_and_resolves() {
        String viewer = scenario.member(song.project(), "vera", ProjectRole.VIEWER);
        scenario.as(viewer);
        ProjectComment question = comments.comment(song.project(), 9, 12, "  Too busy here?  ");
        scenario.as(song.ben());
        comments.reply(song.project(), question.id(), "Agreed, I will thin it out.");
        comments.comment(song.project(), 2, 2, "Nice pickup");

        assertThat(comments.threads(song.project())).extracting(CommentThread::bars)
                .containsExactly("Bar 2", "Bars 9–12");
        comments.resolve(song.project(), question.id());

        var threads = comments.threads(song.project());
        assertThat(threads).extracting(CommentThread::bars).containsExactly("Bar 2", "Bars 9–12");
        CommentThread resolved = threads.getLast();
        assertThat(resolved.comment().body()).isEqualTo("Too busy here?");
        assertThat(resolved.authorName()).isEqualTo("Vera");
        assertThat(resolved.comment().resolved()).isTrue();
        assertThat(resolved.resolvedByName()).isEqualTo("Ben");
        assertThat(resolved.replies()).singleElement().satisfies(reply -> {
            assertThat(reply.authorName()).isEqualTo("Ben");
            assertThat(reply.comment().firstBar()).isEqualTo(9);
        });
    }

    @Test
    void a_viewer_cannot_resolve_and_a_stranger_cannot_see_comments() {
        ProjectComment comment = comments.comment(song.project(), 1, 4, "Intro");
        scenario.as(scenario.member(song.project(), "vic", ProjectRole.VIEWER));
        assertThatThrownBy(() -> comments.resolve(song.project(), comment.id()))
                .isInstanceOf(PermissionDeniedException.class);

        scenario.as(scenario.stranger());
        assertThatThrownBy(() -> comments.threads(song.project())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> comments.comment(song.project(), 1, 1, "Hi")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void open_editors_hear_the_threads_after_each_post_reply_and_resolve_but_not_after_a_refusal() {
        List<List<CommentThread>> heard = new ArrayList<>();
        ProjectComment comment;
        try (var ignored = feed.subscribe(song.project(), heard::add)) {
            comment = comments.comment(song.project(), 3, 4, "Try a suspension here");
            scenario.as(song.ben());
            comments.reply(song.project(), comment.id(), "Good idea");
            assertThatThrownBy(() -> comments.comment(song.project(), 4, 3, "Backwards"))
                    .isInstanceOf(InvalidInputException.class);
            comments.resolve(song.project(), comment.id());
        }
        comments.comment(song.project(), 1, 1, "After closing");

        assertThat(heard).hasSize(3);
        assertThat(heard.get(0)).singleElement().satisfies(t -> assertThat(t.replies()).isEmpty());
        assertThat(heard.get(1)).singleElement().satisfies(t -> assertThat(t.replies()).hasSize(1));
        assertThat(heard.get(2)).singleElement().satisfies(t -> {
            assertThat(t.comment().id()).isEqualTo(comment.id());
            assertThat(t.comment().resolved()).isTrue();
        });
    }

    @Test
    void a_comment_needs_text_and_a_sensible_bar_range() {
        assertThatThrownBy(() -> comments.comment(song.project(), 3, 2, "Backwards"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> comments.comment(song.project(), 1, 1, "  "))
                .isInstanceOf(InvalidInputException.class);
        assertThat(comments.threads(song.project())).isEmpty();
    }
}
