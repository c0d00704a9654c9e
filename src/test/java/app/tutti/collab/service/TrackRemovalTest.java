package app.tutti.collab.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tutti.base.domain.InvalidInputException;
import app.tutti.base.domain.NotFoundException;
import app.tutti.base.domain.PermissionDeniedException;
import app.tutti.base.domain.ProjectId;
import app.tutti.base.security.AppUser;
import app.tutti.composition.domain.EditOp;
import app.tutti.composition.domain.Note;
import app.tutti.composition.domain.ProjectDetails;
import app.tutti.composition.domain.Track;
import app.tutti.composition.service.ProjectService;
import app.tutti.composition.service.TrackService;
import app.tutti.sharing.domain.ProjectMemberRepository;
import app.tutti.sharing.domain.ProjectRole;
import app.tutti.testsupport.TestClock;
import app.tutti.testsupport.TestUsers;
import app.tutti.testsupport.TuttiSpringTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Adding, changing and removing tracks, with their notes going through the operation log. */
@TuttiSpringTest
class TrackRemovalTest {

    @Autowired
    TrackService tracks;
    @Autowired
    TrackRemoval removal;
    @Autowired
    ProjectService projects;
    @Autowired
    EditSessionService edits;
    @Autowired
    ProjectMemberRepository members;
    @Autowired
    TestUsers users;
    @Autowired
    TestClock clock;

    ProjectId project;

    @BeforeEach
    void createProject() {
        users.registerAndLogIn("theo");
        project = projects.create(ProjectDetails.untitled());
    }

    @AfterEach
    void logOut() {
        users.logOut();
    }

    @Test
    void a_new_track_gets_the_next_free_channel_skipping_drums_and_its_own_colour() {
        for (int i = 0; i < 9; i++) {
            tracks.add(project, "Track " + i, 40);
        }
        List<Track> all = projects.tracksOf(project);
        assertThat(all).extracting(Track::channel).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 10);
        assertThat(all.get(1).color()).isNotEqualTo(all.get(0).color());
        assertThat(all.getLast().program()).isEqualTo(40);
    }

    @Test
    void track_settings_are_saved() {
        Track piano = projects.tracksOf(project).getFirst();
        tracks.update(project, piano.withSettings("Lead", 73, 90, true, false));
        assertThat(projects.tracksOf(project).getFirst()).satisfies(t -> {
            assertThat(t.name()).isEqualTo("Lead");
            assertThat(t.program()).isEqualTo(73);
            assertThat(t.volume()).isEqualTo(90);
            assertThat(t.muted()).isTrue();
        });
    }

    @Test
    void a_track_colour_is_saved_and_must_be_written_as_rrggbb() {
        Track piano = projects.tracksOf(project).getFirst();
        tracks.update(project, piano.withColor("#E64980"));
        assertThat(projects.tracksOf(project).getFirst().color()).isEqualTo("#e64980");

        for (String forged : List.of("red", "#e6498", "#e64980ff", "url(x)", "#gggggg")) {
            assertThatThrownBy(() -> tracks.update(project, new Track(piano.id(), 0, "Piano", 0, 0, forged, 100, false,
                    false))).isInstanceOf(InvalidInputException.class).hasMessageContaining("#rrggbb");
        }
        assertThat(projects.tracksOf(project).getFirst().color()).isEqualTo("#e64980");
    }

    @Test
    void removing_a_track_deletes_its_notes_through_the_log_and_keeps_the_others() {
        UUID piano = projects.tracksOf(project).getFirst().id();
        UUID bass = tracks.add(project, "Bass", 32).id();
        Note keep = new Note(UUID.randomUUID(), piano, 60, 0, 480, 90);
        Note gone = new Note(UUID.randomUUID(), bass, 36, 0, 480, 90);
        edits.submit(project, UUID.randomUUID(), 0, new EditOp.AddNotes(List.of(keep, gone)));

        removal.remove(project, bass);

        assertThat(projects.tracksOf(project)).extracting(Track::id).containsExactly(piano);
        assertThat(edits.open(project).document().notes()).containsExactly(keep);
        assertThat(edits.open(project).seq()).isEqualTo(2);
    }

    @Test
    void the_last_track_cannot_be_removed() {
        UUID piano = projects.tracksOf(project).getFirst().id();
        assertThatThrownBy(() -> removal.remove(project, piano)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("at least one track");
    }

    @Test
    void a_viewer_cannot_change_tracks_and_a_stranger_cannot_see_them() {
        AppUser viewer = (AppUser) users.logIn(users.register("vic")).getPrincipal();
        members.insert(project, viewer.userId(), ProjectRole.VIEWER, clock.instant());
        assertThatThrownBy(() -> tracks.add(project, "Mine", 0)).isInstanceOf(PermissionDeniedException.class);

        users.registerAndLogIn("stranger");
        assertThatThrownBy(() -> tracks.add(project, "Mine", 0)).isInstanceOf(NotFoundException.class);
    }
}
