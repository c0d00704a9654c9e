package app.tutti.history.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.tutti.base.ui.NotFoundView;
import app.tutti.history.service.CommentService;
import app.tutti.history.service.HistoryScenario;
import app.tutti.history.service.VersionEntry;
import app.tutti.sharing.domain.ProjectRole;
import app.tutti.testsupport.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The history views' server side: what each role sees and what the buttons do. */
class HistoryViewsTest extends KaribuTest {

    @Autowired
    HistoryScenario scenario;
    @Autowired
    HistoryServices services;
    @Autowired
    CommentService comments;

    HistoryScenario.Song song;

    @BeforeEach
    void a_song_with_one_note() {
        song = scenario.start();
        scenario.add(song.project(), HistoryScenario.note(song.track(), 60, 0));
        logIn(song.ana());
    }

    @Test
    void an_editor_saves_a_version_in_the_dialog_and_sees_it_on_the_timeline() {
        VersionHistoryDialog dialog = new VersionHistoryDialog(song.project(), services, true);

        _setValue(dialog.name, "Sketch");
        _click(dialog.save);

        assertThat(_size(dialog.grid)).isEqualTo(1);
        assertThat(services.versions().timeline(song.project())).extracting(VersionEntry::label)
                .containsExactly("v1 · Sketch");
    }

    @Test
    void a_viewer_gets_no_save_and_no_restore() {
        services.versions().save(song.project(), "Sketch");
        String viewer = scenario.member(song.project(), "vera", ProjectRole.VIEWER);
        logIn(viewer);

        VersionHistoryDialog dialog = new VersionHistoryDialog(song.project(), services, false);
        assertThat(dialog.save.getParent().orElseThrow().isVisible()).isFalse();

        UI.getCurrent().navigate(HistoryLinks.version(song.project(),
                services.versions().timeline(song.project()).getFirst().version().id()));
        VersionView view = _get(VersionView.class);
        assertThat(view.restore.isVisible()).isFalse();
        assertThat(view.fork.isVisible()).isTrue();
        assertThat(view.title.getText()).isEqualTo("Song · v1 · Sketch");
    }

    @Test
    void the_comparison_counts_the_differences() {
        services.versions().save(song.project(), "One");
        scenario.add(song.project(), HistoryScenario.note(song.track(), 64, 480));

        UI.getCurrent().navigate(HistoryLinks.compare(song.project(), 1, 2));

        CompareView view = _get(CompareView.class);
        assertThat(view.counts.getText()).isEqualTo("1 added · 0 removed · 0 changed");
        _click(view.next);
        assertThat(view.differences.getSelectedItems()).singleElement()
                .satisfies(d -> assertThat(d.description()).isEqualTo("E4 in bar 1, beat 2"));
    }

    @Test
    void a_stranger_gets_not_found_for_a_version_or_a_comparison() {
        var version = services.versions().save(song.project(), "Private");
        logIn(scenario.stranger());

        UI.getCurrent().navigate(HistoryLinks.version(song.project(), version.version().id()));
        assertThat(_get(NotFoundView.class)).isNotNull();
        UI.getCurrent().navigate(HistoryLinks.compare(song.project(), 0, 1));
        assertThat(_get(NotFoundView.class)).isNotNull();
    }

    @Test
    void a_comment_posted_in_the_panel_is_listed_with_its_bars() {
        CommentsPanel panel = new CommentsPanel(song.project(), comments, true);

        _setValue(panel.firstBar, 3);
        _setValue(panel.lastBar, 4);
        _setValue(panel.body, "Try a suspension here");
        _click(panel.post);

        assertThat(comments.threads(song.project())).singleElement()
                .satisfies(thread -> assertThat(thread.bars()).isEqualTo("Bars 3–4"));
        assertThat(panel.threads.getChildren().count()).isEqualTo(1);
    }

    @Test
    void a_live_update_keeps_a_reply_being_typed_and_the_thread_opened_from_the_ruler_stays_highlighted() {
        var suspension = comments.comment(song.project(), 3, 4, "Try a suspension here");
        CommentsPanel panel = new CommentsPanel(song.project(), comments, true);
        panel.focus(suspension.id());
        _setValue(_get(panel.threads, TextField.class), "Half a thou");

        comments.comment(song.project(), 1, 1, "Nice pickup");
        panel.show(comments.threads(song.project()));

        assertThat(_find(panel.threads, TextField.class)).extracting(TextField::getValue)
                .containsExactly("", "Half a thou");
        assertThat(_get(panel.threads, Div.class, spec -> spec.withId("comment-" + suspension.id()))
                .getElement().hasAttribute("focused")).isTrue();
    }
}
