package app.tutti.midi.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tutti.base.domain.NotFoundException;
import app.tutti.base.domain.ProjectId;
import app.tutti.collab.service.EditSessionService;
import app.tutti.composition.domain.Note;
import app.tutti.composition.domain.Track;
import app.tutti.composition.service.ProjectService;
import app.tutti.midi.domain.Template;
import app.tutti.testsupport.SharedData;
import app.tutti.testsupport.TestUsers;
import app.tutti.testsupport.TuttiSpringTest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@TuttiSpringTest
class TemplateServiceTest {

    @Autowired
    TemplateService templates;
    @Autowired
    ProjectService projects;
    @Autowired
    EditSessionService edits;
    @Autowired
    TestUsers users;

    @BeforeEach
    void logIn() {
        SharedData.require("pop909");
        users.registerAndLogIn("tess");
    }

    @AfterEach
    void logOut() {
        users.logOut();
    }

    @Test
    void six_pop909_excerpts_and_a_chorale_are_offered_each_with_its_credit() {
        List<Template> offered = templates.templates();
        assertThat(offered).hasSize(7);
        assertThat(offered).filteredOn(t -> t.id().startsWith("pop909-")).hasSize(6)
                .allSatisfy(t -> assertThat(t.credit()).contains("POP909").contains("MIT"));
        assertThat(offered).filteredOn(t -> t.id().startsWith("jsb-")).singleElement()
                .satisfies(t -> assertThat(t.credit()).contains("Bach"));
    }

    @Test
    void every_template_starts_a_project_with_eight_bars_or_a_whole_chorale() {
        for (Template template : templates.templates()) {
            ProjectId id = templates.startFrom(template.id());
            assertThat(projects.get(id).project().title()).isEqualTo(template.title());
            var notes = edits.open(id).document().notes();
            assertThat(notes).as(template.id()).isNotEmpty();
            if (template.id().startsWith("pop909-")) {
                assertThat(notes).allSatisfy(n -> assertThat(n.start() + n.duration()).isLessThanOrEqualTo(8 * 1920));
                assertThat(notes.stream().mapToLong(Note::start).min().orElseThrow()).isLessThan(1920);
            }
        }
    }

    @Test
    void the_chorale_has_one_track_per_voice() {
        ProjectId id = templates.startFrom("jsb-test-1");
        assertThat(projects.tracksOf(id)).extracting(Track::name).containsExactly("Soprano", "Alto", "Tenor", "Bass");
    }

    @Test
    void an_unknown_template_is_not_found() {
        assertThatThrownBy(() -> templates.startFrom("nope")).isInstanceOf(NotFoundException.class);
    }
}
