package app.tutti.classroom.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tutti.ai.domain.AiPolicy;
import app.tutti.base.domain.NotFoundException;
import app.tutti.base.domain.PermissionDeniedException;
import app.tutti.base.domain.ProjectId;
import app.tutti.base.domain.UserId;
import app.tutti.classroom.domain.AssignmentId;
import app.tutti.classroom.domain.WorkId;
import app.tutti.classroom.domain.WorkMode;
import app.tutti.classroom.domain.WorkStatus;
import app.tutti.sharing.domain.ProjectRole;
import app.tutti.testsupport.TuttiSpringTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** The teacher's dashboard, CSV, joining a copy as editor, and the spotlight. */
@TuttiSpringTest
class DashboardServiceTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    SpotlightBus bus;

    ClassroomScenario s;
    String ann;
    String ben;

    @BeforeEach
    void setUp() {
        s = new ClassroomScenario(context);
        ann = s.users.register("ann");
        ben = s.users.register("ben");
        s.withClass(ann, ben);
    }

    @AfterEach
    void logOut() {
        s.users.logOut();
    }

    @Test
    void each_student_has_a_line_with_status_and_the_notes_they_wrote_since_the_copy() {
        AssignmentId a = s.publishedIndividual();
        ProjectId annsCopy = s.projectOf(ann, a);
        s.addNote(annsCopy, 62);
        s.addNote(annsCopy, 64);
        s.submissions.submit(s.workOf(ann, a));

        s.as(s.teacher);
        List<DashboardRow> rows = s.dashboard.dashboard(a);
        DashboardRow annRow = rows.stream().filter(r -> r.who().equals("Ann")).findFirst().orElseThrow();
        DashboardRow benRow = rows.stream().filter(r -> r.who().equals("Ben")).findFirst().orElseThrow();
        assertThat(annRow.status()).isEqualTo(WorkStatus.SUBMITTED);
        assertThat(annRow.notesWritten()).as("the template's note is not Ann's").isEqualTo(2);
        assertThat(annRow.lastActivity()).isNotNull();
        assertThat(annRow.aiGenerations()).isZero();
        assertThat(benRow.status()).isEqualTo(WorkStatus.NOT_STARTED);
        assertThat(benRow.notesWritten()).isZero();
        assertThat(benRow.lastActivity()).isNull();

        String csv = s.dashboard.csv(a);
        assertThat(csv).startsWith("Student or group,Status,");
        assertThat(csv).contains("\"Ann\",Submitted,no,").contains(",2,\"Ann 100%\",0,0,0,\"\"\r\n");
        assertThat(csv).contains("\"Ben\",Not started,no,,0,");
    }

    @Test
    void a_group_line_shows_each_members_share() {
        AssignmentId a = s.assignment(WorkMode.GROUPS, AiPolicy.OPEN, null);
        UserId annId = s.as(ann);
        UserId benId = s.as(ben);
        s.as(s.teacher);
        s.groups.formGroup(a, "Duo", List.of(annId, benId));
        s.assignments.publish(a);
        ProjectId copy = s.projectOf(ann, a);
        s.addNote(copy, 60);
        s.addNote(copy, 62);
        s.addNote(copy, 64);
        s.as(ben);
        s.addNote(copy, 65);

        s.as(s.teacher);
        DashboardRow row = s.dashboard.dashboard(a).getFirst();
        assertThat(row.who()).isEqualTo("Duo");
        assertThat(row.status()).isEqualTo(WorkStatus.IN_PROGRESS);
        assertThat(row.notesWritten()).isEqualTo(4);
        assertThat(row.shares()).extracting(MemberShare::name, MemberShare::notes, MemberShare::percent)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Ann", 3, 75),
                        org.assertj.core.groups.Tuple.tuple("Ben", 1, 25));
    }

    @Test
    void only_teachers_see_the_dashboard() {
        AssignmentId a = s.publishedIndividual();
        s.as(ann);
        assertThatThrownBy(() -> s.dashboard.dashboard(a)).isInstanceOf(PermissionDeniedException.class);
        String outsider = s.users.register("outsider");
        s.as(outsider);
        assertThatThrownBy(() -> s.dashboard.csv(a)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_teacher_who_joins_as_editor_can_write_and_is_credited() {
        AssignmentId a = s.publishedIndividual();
        WorkId anns = s.workOf(ann, a);
        ProjectId copy = s.projectOf(ann, a);
        UserId teacher = s.as(s.teacher);
        assertThatThrownBy(() -> s.addNote(copy, 70)).isInstanceOf(PermissionDeniedException.class);
        s.submissions.joinAsEditor(anns);
        assertThat(s.projects.get(copy).role()).isEqualTo(ProjectRole.EDITOR);
        s.addNote(copy, 70);
        WorkContributions c = context.getBean(WorkCredits.class).contributions(copy, 1);
        assertThat(c.notesBy(teacher)).isEqualTo(1);
        assertThat(s.dashboard.dashboard(a)).filteredOn(r -> r.workId().equals(anns)).singleElement()
                .satisfies(r -> assertThat(r.notesWritten()).as("students' notes only").isZero());
    }

    @Test
    void the_spotlight_lets_the_class_view_one_copy_and_tells_open_pages() {
        AssignmentId a = s.publishedIndividual();
        WorkId anns = s.workOf(ann, a);
        ProjectId copy = s.projectOf(ann, a);
        List<Spotlight> seen = new ArrayList<>();
        try (SpotlightBus.Subscription ignored = bus.subscribe(s.classId, seen::add)) {
            s.as(s.teacher);
            s.spotlights.spotlight(s.classId, anns);
            s.as(ben);
            assertThat(s.spotlights.current(s.classId).project()).isEqualTo(copy);
            assertThat(s.projects.get(copy).role()).isEqualTo(ProjectRole.VIEWER);

            s.as(s.teacher);
            s.spotlights.spotlight(s.classId, null);
            s.as(ben);
            assertThat(s.spotlights.current(s.classId).shown()).isFalse();
            assertThatThrownBy(() -> s.projects.get(copy)).isInstanceOf(NotFoundException.class);
            s.as(ann);
            assertThat(s.projects.get(copy).role()).isEqualTo(ProjectRole.OWNER);
        }
        assertThat(seen).extracting(Spotlight::project).containsExactly(copy, null);
    }
}
