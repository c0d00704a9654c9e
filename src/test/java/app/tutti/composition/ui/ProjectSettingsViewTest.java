package app.tutti.composition.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import app.tutti.base.domain.ProjectId;
import app.tutti.base.ui.NotFoundView;
import app.tutti.composition.domain.ProjectDetails;
import app.tutti.composition.domain.TempoPoint;
import app.tutti.composition.domain.Track;
import app.tutti.composition.service.ProjectService;
import app.tutti.testsupport.KaribuTest;
import com.vaadin.flow.component.UI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ProjectSettingsViewTest extends KaribuTest {

    @Autowired
    ProjectService projects;

    @Test
    void the_owner_changes_the_tempo_and_it_is_saved() {
        registerAndLogIn("olga");
        ProjectId id = projects.create(ProjectDetails.untitled());
        UI.getCurrent().navigate("projects/" + id + "/settings");
        ProjectSettingsView view = _get(ProjectSettingsView.class);

        _setValue(_get(ProjectDetailsForm.class).tempo, 140.0);
        _click(view.save);

        assertThat(projects.get(id).project().details().tempoBpm()).isEqualTo(140.0);
        assertThat(view.delete.isVisible()).isTrue();
    }

    @Test
    void a_song_with_tempo_changes_says_that_the_tempo_field_is_the_tempo_at_the_start() {
        registerAndLogIn("tess");
        ProjectId id = projects.create(ProjectDetails.untitled(), List.of(Track.firstPiano()),
                List.of(new TempoPoint(1920, 90), new TempoPoint(3840, 100)));
        UI.getCurrent().navigate("projects/" + id + "/settings");
        ProjectDetailsForm form = _get(ProjectDetailsForm.class);

        assertThat(form.tempo.getLabel()).isEqualTo("Tempo at the start (BPM)");
        assertThat(form.tempo.getHelperText()).contains("changes tempo 2 times later");
        _setValue(form.tempo, 72.0);
        _click(_get(ProjectSettingsView.class).save);
        assertThat(projects.tempoMap(id).points()).containsExactly(new TempoPoint(0, 72), new TempoPoint(1920, 90),
                new TempoPoint(3840, 100));
    }

    @Test
    void another_users_project_url_shows_not_found() {
        registerAndLogIn("pia");
        ProjectId theirs = projects.create(ProjectDetails.untitled().withTitle("Secret"));
        registerAndLogIn("quinn");

        UI.getCurrent().navigate("projects/" + theirs + "/settings");

        assertThat(_get(NotFoundView.class).getElement().getText()).doesNotContain("Secret");
    }

    @Test
    void a_malformed_project_url_shows_not_found() {
        registerAndLogIn("rita");
        UI.getCurrent().navigate("projects/not-a-uuid/settings");
        assertThat(_get(NotFoundView.class)).isNotNull();
    }

    @Test
    void duplicating_from_settings_opens_the_copy() {
        registerAndLogIn("sam");
        ProjectId id = projects.create(ProjectDetails.untitled().withTitle("Theme"));
        UI.getCurrent().navigate("projects/" + id + "/settings");

        _click(_get(ProjectSettingsView.class).duplicate);

        assertThat(_get(ProjectSettingsView.class).heading.getText()).isEqualTo("Copy of Theme");
    }
}
