package app.tutti.composition.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tutti.base.domain.InvalidInputException;
import app.tutti.base.domain.NotFoundException;
import app.tutti.base.domain.ProjectId;
import app.tutti.composition.domain.MusicalKey;
import app.tutti.composition.domain.ProjectDetails;
import app.tutti.composition.domain.ProjectSummary;
import app.tutti.composition.domain.TempoMap;
import app.tutti.composition.domain.TempoPoint;
import app.tutti.composition.domain.Track;
import app.tutti.composition.domain.TimeSignature;
import app.tutti.sharing.domain.ProjectRole;
import app.tutti.testsupport.TestUsers;
import app.tutti.testsupport.TuttiSpringTest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/** Project lifecycle and permission checks on H2; {@code ProjectServicePostgresIT} runs the same on PostgreSQL. */
@TuttiSpringTest
class ProjectServiceTest {

    static final ProjectDetails WALTZ = new ProjectDetails("Waltz for Ana", 92.5, new TimeSignature(3, 4),
            new MusicalKey(9, MusicalKey.Mode.MINOR));

    @Autowired
    ProjectService projects;
    @Autowired
    TestUsers users;

    @AfterEach
    void logOut() {
        users.logOut();
    }

    @Test
    void a_new_project_is_owned_by_its_creator_and_has_one_piano_track() {
        users.registerAndLogIn("ana");
        ProjectId id = projects.create(WALTZ);

        ProjectSummary summary = projects.get(id);
        assertThat(summary.role()).isEqualTo(ProjectRole.OWNER);
        assertThat(summary.project().details()).isEqualTo(WALTZ);
        assertThat(summary.project().headSeq()).isZero();
        assertThat(projects.tracksOf(id)).singleElement()
                .satisfies(track -> assertThat(track.name()).isEqualTo("Piano"));
    }

    @Test
    void my_projects_are_listed_most_recently_edited_first() {
        users.registerAndLogIn("ben");
        ProjectId first = projects.create(WALTZ.withTitle("First"));
        ProjectId second = projects.create(WALTZ.withTitle("Second"));
        assertThat(projects.listMine("")).extracting(s -> s.project().id()).containsExactly(second, first);

        projects.rename(first, "First, renamed");

        assertThat(projects.listMine("")).extracting(s -> s.project().title())
                .containsExactly("First, renamed", "Second");
    }

    @Test
    void search_matches_part_of_a_title_in_any_case_and_treats_wildcards_literally() {
        users.registerAndLogIn("cleo");
        projects.create(WALTZ.withTitle("Summer Song"));
        projects.create(WALTZ.withTitle("Winter sketch"));
        projects.create(WALTZ.withTitle("100% groove"));

        assertThat(projects.listMine("SONG")).extracting(s -> s.project().title()).containsExactly("Summer Song");
        assertThat(projects.listMine("%")).extracting(s -> s.project().title()).containsExactly("100% groove");
        assertThat(projects.listMine("nothing like this")).isEmpty();
    }

    @Test
    void settings_can_be_changed_and_are_read_back() {
        users.registerAndLogIn("dora");
        ProjectId id = projects.create(ProjectDetails.untitled());

        projects.updateDetails(id, WALTZ);

        assertThat(projects.get(id).project().details()).isEqualTo(WALTZ);
    }

    @Test
    void duplicating_copies_settings_and_tracks_into_a_new_project_I_own() {
        users.registerAndLogIn("emil");
        ProjectId original = projects.create(WALTZ);

        ProjectId copy = projects.duplicate(original);

        ProjectSummary summary = projects.get(copy);
        assertThat(copy).isNotEqualTo(original);
        assertThat(summary.project().title()).isEqualTo("Copy of Waltz for Ana");
        assertThat(summary.project().copiedFrom()).isEqualTo(original);
        assertThat(summary.role()).isEqualTo(ProjectRole.OWNER);
        assertThat(projects.tracksOf(copy)).isEqualTo(projects.tracksOf(original));
        assertThat(projects.listMine("")).hasSize(2);
    }

    @Test
    void a_tempo_map_is_stored_with_the_project_and_its_start_follows_the_settings() {
        users.registerAndLogIn("tempo");
        List<TempoPoint> changes = List.of(new TempoPoint(1920, 140), new TempoPoint(7680, 63.25));
        ProjectId id = projects.create(WALTZ, List.of(Track.firstPiano()), changes);

        assertThat(projects.tempoMap(id)).isEqualTo(TempoMap.of(92.5, changes));

        projects.updateDetails(id, new ProjectDetails("Faster", 100, WALTZ.timeSignature(), WALTZ.key()));
        assertThat(projects.tempoMap(id).points()).containsExactly(new TempoPoint(0, 100), new TempoPoint(1920, 140),
                new TempoPoint(7680, 63.25));
        assertThat(projects.tempoMap(projects.create(WALTZ))).isEqualTo(TempoMap.constant(92.5));
    }

    @Test
    void duplicating_copies_the_tempo_map() {
        users.registerAndLogIn("tempocopy");
        ProjectId original = projects.create(WALTZ, List.of(Track.firstPiano()), List.of(new TempoPoint(960, 180)));

        ProjectId copy = projects.duplicate(original);

        assertThat(projects.tempoMap(copy)).isEqualTo(projects.tempoMap(original));
        assertThat(projects.tempoMap(copy).later()).containsExactly(new TempoPoint(960, 180));
    }

    @Test
    void a_tempo_map_out_of_order_or_out_of_range_is_refused() {
        users.registerAndLogIn("tempobad");
        List<Track> piano = List.of(Track.firstPiano());
        assertThatThrownBy(() -> projects.create(WALTZ, piano, List.of(new TempoPoint(960, 100),
                new TempoPoint(480, 90)))).isInstanceOf(InvalidInputException.class).hasMessageContaining("order");
        assertThatThrownBy(() -> projects.create(WALTZ, piano, List.of(new TempoPoint(960, 500))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("between 20 and 400");
        assertThat(projects.listMine("")).isEmpty();
    }

    @Test
    void deleting_removes_the_project_for_good() {
        users.registerAndLogIn("fay");
        ProjectId id = projects.create(WALTZ);

        projects.delete(id);

        assertThat(projects.listMine("")).isEmpty();
        assertThatThrownBy(() -> projects.get(id)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void details_that_break_a_rule_are_rejected_with_a_clear_message() {
        users.registerAndLogIn("gus");
        ProjectId id = projects.create(WALTZ);

        assertThatThrownBy(() -> projects.rename(id, "   ")).isInstanceOf(InvalidInputException.class)
                .hasMessage("Give the project a title.");
        assertThatThrownBy(() -> projects.rename(id, "x".repeat(121))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("at most 120");
        assertThatThrownBy(() -> new ProjectDetails("Fast", 401, TimeSignature.COMMON_TIME, MusicalKey.C_MAJOR))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("between 20 and 400");
        assertThat(projects.get(id).project().title()).isEqualTo("Waltz for Ana");
    }

    @Test
    void another_user_cannot_read_my_project() {
        ProjectId mine = projectOfSomeoneElse();
        assertThatThrownBy(() -> projects.get(mine)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> projects.tracksOf(mine)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> projects.tempoMap(mine)).isInstanceOf(NotFoundException.class);
        assertThat(projects.listMine("")).isEmpty();
    }

    @Test
    void another_user_cannot_rename_my_project() {
        ProjectId mine = projectOfSomeoneElse();
        assertThatThrownBy(() -> projects.rename(mine, "Stolen")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> projects.updateDetails(mine, WALTZ.withTitle("Stolen")))
                .isInstanceOf(NotFoundException.class);
        assertOwnerStillSees(mine, "Mine");
    }

    @Test
    void another_user_cannot_duplicate_my_project() {
        ProjectId mine = projectOfSomeoneElse();
        assertThatThrownBy(() -> projects.duplicate(mine)).isInstanceOf(NotFoundException.class);
        assertThat(projects.listMine("")).isEmpty();
    }

    @Test
    void another_user_cannot_delete_my_project() {
        ProjectId mine = projectOfSomeoneElse();
        assertThatThrownBy(() -> projects.delete(mine)).isInstanceOf(NotFoundException.class);
        assertOwnerStillSees(mine, "Mine");
    }

    @Test
    void a_caller_who_is_not_logged_in_is_refused() {
        users.logOut();
        assertThatThrownBy(() -> projects.listMine("")).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> projects.create(WALTZ)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    private String ownerOfLastProject;

    /** Creates a project as a fresh user "Mine", then logs in as another fresh user. */
    private ProjectId projectOfSomeoneElse() {
        ownerOfLastProject = users.register("owner");
        users.logIn(ownerOfLastProject);
        ProjectId id = projects.create(WALTZ.withTitle("Mine"));
        users.registerAndLogIn("intruder");
        return id;
    }

    private void assertOwnerStillSees(ProjectId id, String title) {
        users.logIn(ownerOfLastProject);
        assertThat(projects.get(id).project().title()).isEqualTo(title);
    }
}
