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
    void a_comment_needs_text_and_a_sensible_bar_range() {
        assertThatThrownBy(() -> comments.comment(song.project(), 3, 2, "Backwards"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> comments.comment(song.project(), 1, 1, "  "))
                .isInstanceOf(InvalidInputException.class);
        assertThat(comments.threads(song.project())).isEmpty();
    }
}
