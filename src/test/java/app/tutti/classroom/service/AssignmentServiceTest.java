package app.tutti.classroom.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tutti.ai.domain.AiPolicy;
import app.tutti.ai.service.AiPolicies;
import app.tutti.base.domain.InvalidInputException;
import app.tutti.base.domain.NotFoundException;
import app.tutti.base.domain.PermissionDeniedException;
import app.tutti.base.domain.ProjectId;
import app.tutti.base.domain.UserId;
import app.tutti.classroom.domain.AssignmentId;
import app.tutti.classroom.domain.Work;
import app.tutti.classroom.domain.WorkId;
import app.tutti.classroom.domain.WorkMode;
import app.tutti.sharing.domain.ProjectRole;
import app.tutti.testsupport.TestClock;
import app.tutti.testsupport.TuttiSpringTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Publishing hands out copies with the right roles; submitting, unsubmitting, late marks and returning. */
@TuttiSpringTest
class AssignmentServiceTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    AiPolicies aiPolicies;
    @Autowired
    TestClock clock;

    ClassroomScenario s;
    String ann;
    String ben;
    String cat;

    @BeforeEach
    void setUp() {
        s = new ClassroomScenario(context);
        ann = s.users.register("ann");
        ben = s.users.register("ben");
        cat = s.users.register("cat");
        s.withClass(ann, ben);
    }

    @AfterEach
    void logOut() {
        s.users.logOut();
    }

    @Test
    void each_student_owns_a_copy_of_the_template_that_every_teacher_views() {
        AssignmentId a = s.publishedIndividual();
        ProjectId annsCopy = s.projectOf(ann, a);
        assertThat(s.projects.get(annsCopy).role()).isEqualTo(ProjectRole.OWNER);
        assertThat(s.projects.get(annsCopy).project().title()).isEqualTo("Write a melody — Ann");
        assertThat(s.edits.open(annsCopy).document().size()).as("the template's note came along").isEqualTo(1);
        Work work = s.submissions.myWork(a).orElseThrow();
        assertThat(work.template()).isEqualTo(s.template);
        assertThat(work.baseSeq()).isEqualTo(1);
        for (String teacher : List.of(s.teacher, s.coTeacher)) {
            s.as(teacher);
            assertThat(s.projects.get(annsCopy).role()).isEqualTo(ProjectRole.VIEWER);
        }
        s.as(ben);
        assertThat(s.projectOf(ben, a)).isNotEqualTo(annsCopy);
        assertThatThrownBy(() -> s.projects.get(annsCopy)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void publishing_again_hands_out_only_the_missing_copies() {
        AssignmentId a = s.publishedIndividual();
        s.classrooms.join(codeAsCat());
        s.as(s.teacher);
        assertThat(s.assignments.publish(a)).isEqualTo(1);
        assertThat(s.assignments.publish(a)).isZero();
        assertThat(s.dashboard.dashboard(a)).hasSize(3);
    }

    @Test
    void students_see_only_published_assignments() {
        AssignmentId draft = s.assignment(WorkMode.INDIVIDUAL, AiPolicy.OPEN, null);
        s.as(ann);
        assertThat(s.assignments.assignments(s.classId)).isEmpty();
        assertThatThrownBy(() -> s.assignments.get(draft)).isInstanceOf(NotFoundException.class);
        s.as(s.teacher);
        s.assignments.publish(draft);
        s.as(ann);
        assertThat(s.assignments.get(draft).title()).isEqualTo("Write a melody");
    }

    @Test
    void a_group_shares_one_copy_owned_by_its_first_member_and_edited_by_the_others() {
        AssignmentId a = s.assignment(WorkMode.GROUPS, AiPolicy.OPEN, null);
        UserId annId = s.as(ann);
        UserId benId = s.as(ben);
        s.as(s.teacher);
        s.groups.formGroup(a, "Duo", List.of(annId, benId));
        assertThatThrownBy(() -> s.groups.formGroup(a, "Again", List.of(benId)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(s.assignments.publish(a)).isEqualTo(1);
        ProjectId copy = s.projectOf(ann, a);
        assertThat(s.projectOf(ben, a)).isEqualTo(copy);
        s.as(ann);
        assertThat(s.projects.get(copy).role()).isEqualTo(ProjectRole.OWNER);
        s.as(ben);
        assertThat(s.projects.get(copy).role()).isEqualTo(ProjectRole.EDITOR);
        s.as(s.teacher);
        assertThat(s.projects.get(copy).project().title()).isEqualTo("Write a melody — Duo");
    }

    @Test
    void a_removed_student_loses_the_group_copy_which_passes_to_a_groupmate_but_keeps_their_own() {
        AssignmentId solo = s.publishedIndividual();
        AssignmentId group = s.assignment(WorkMode.GROUPS, AiPolicy.OPEN, null);
        UserId annId = s.as(ann);
        UserId benId = s.as(ben);
        s.as(s.teacher);
        s.groups.formGroup(group, "Duo", List.of(annId, benId));
        s.assignments.publish(group);
        ProjectId groupCopy = s.projectOf(ann, group);
        ProjectId ownCopy = s.projectOf(ann, solo);

        s.as(s.teacher);
        s.membership.removeStudent(s.classId, annId);

        s.as(ann);
        assertThatThrownBy(() -> s.projects.get(groupCopy)).isInstanceOf(NotFoundException.class);
        assertThat(s.projects.get(ownCopy).role()).isEqualTo(ProjectRole.OWNER);
        s.as(ben);
        assertThat(s.projects.get(groupCopy).role()).isEqualTo(ProjectRole.OWNER);
    }

    @Test
    void submit_unsubmit_until_the_due_date_and_a_late_submission_is_marked() {
        AssignmentId a = s.assignment(WorkMode.INDIVIDUAL, AiPolicy.OPEN, clock.instant().plus(Duration.ofDays(1)));
        s.assignments.publish(a);
        WorkId anns = s.workOf(ann, a);
        s.submissions.submit(anns);
        assertThat(s.submissions.get(anns).submitted()).isTrue();
        s.submissions.unsubmit(anns);
        assertThat(s.submissions.get(anns).submitted()).isFalse();

        clock.advance(Duration.ofDays(2));
        s.submissions.submit(anns);
        assertThatThrownBy(() -> s.submissions.unsubmit(anns)).isInstanceOf(InvalidInputException.class);
        s.as(s.teacher);
        assertThat(s.dashboard.dashboard(a)).filteredOn(r -> r.workId().equals(anns)).singleElement()
                .satisfies(r -> assertThat(r.late()).isTrue());
    }

    @Test
    void the_teacher_returns_submitted_work_with_a_comment_and_grade() {
        AssignmentId a = s.publishedIndividual();
        WorkId anns = s.workOf(ann, a);
        WorkId bens = s.workOf(ben, a);
        s.as(s.teacher);
        assertThatThrownBy(() -> s.submissions.returnWork(bens, "Where is it?", null))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> s.submissions.submit(anns)).isInstanceOf(PermissionDeniedException.class);
        s.as(ann);
        s.submissions.submit(anns);
        s.as(s.coTeacher);
        s.submissions.returnWork(anns, "Lovely cadence.", "A");
        s.as(ann);
        Work returned = s.submissions.get(anns);
        assertThat(returned.returnComment()).isEqualTo("Lovely cadence.");
        assertThat(returned.grade()).isEqualTo("A");
        assertThatThrownBy(() -> s.submissions.unsubmit(anns)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void each_copy_follows_its_assignments_ai_policy() {
        AssignmentId a = s.assignment(WorkMode.INDIVIDUAL, AiPolicy.atMost(2).requiringOriginality(), null);
        s.assignments.publish(a);
        ProjectId copy = s.projectOf(ann, a);
        assertThat(aiPolicies.of(copy)).isEqualTo(new AiPolicy(2, true));
        assertThat(aiPolicies.of(s.template)).isEqualTo(AiPolicy.OPEN);
        AssignmentId off = s.assignment(WorkMode.INDIVIDUAL, AiPolicy.off(), null);
        s.assignments.publish(off);
        assertThat(aiPolicies.of(s.projectOf(ben, off)).allowsAi()).isFalse();
    }

    @Test
    void a_template_the_teacher_cannot_see_is_refused() {
        s.as(ann);
        ProjectId annsProject = s.projects.create(app.tutti.composition.domain.ProjectDetails.untitled());
        s.as(s.teacher);
        assertThatThrownBy(() -> s.assignments.create(s.classId, new app.tutti.classroom.domain.AssignmentDraft(
                "Steal", "", annsProject, null, WorkMode.INDIVIDUAL, AiPolicy.OPEN)))
                .isInstanceOf(NotFoundException.class);
    }

    private String codeAsCat() {
        s.as(s.teacher);
        String code = s.classrooms.get(s.classId).classroom().joinCode().value();
        s.as(cat);
        return code;
    }
}
