package app.tutti.classroom.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tutti.base.domain.InvalidInputException;
import app.tutti.base.domain.NotFoundException;
import app.tutti.base.domain.PermissionDeniedException;
import app.tutti.base.domain.UserId;
import app.tutti.classroom.domain.ClassId;
import app.tutti.classroom.domain.ClassRole;
import app.tutti.classroom.domain.JoinCode;
import app.tutti.testsupport.TuttiSpringTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Classes: creating, joining with the code, managing the code, roster, co-teachers, archiving. */
@TuttiSpringTest
class ClassroomServiceTest {

    @Autowired
    ApplicationContext context;

    ClassroomScenario s;
    String ann;
    String ben;

    @BeforeEach
    void setUp() {
        s = new ClassroomScenario(context);
        ann = s.users.register("ann");
        ben = s.users.register("ben");
        s.withClass(ann);
    }

    @AfterEach
    void logOut() {
        s.users.logOut();
    }

    @Test
    void the_creator_teaches_the_class_and_students_join_with_the_code_in_any_case() {
        s.as(s.teacher);
        assertThat(s.classrooms.get(s.classId).role()).isEqualTo(ClassRole.TEACHER);
        assertThat(s.classrooms.roster(s.classId)).extracting(RosterEntry::role)
                .containsExactly(ClassRole.TEACHER, ClassRole.CO_TEACHER, ClassRole.STUDENT);
        s.as(ann);
        assertThat(s.classrooms.myClasses()).singleElement().satisfies(c -> {
            assertThat(c.role()).isEqualTo(ClassRole.STUDENT);
            assertThat(c.classroom().name()).isEqualTo("Music 7B");
        });
    }

    @Test
    void joining_twice_changes_nothing() {
        s.as(ann);
        s.classrooms.join(code());
        s.as(s.teacher);
        assertThat(s.classrooms.roster(s.classId)).hasSize(3);
    }

    @Test
    void a_regenerated_code_replaces_the_old_one() {
        String old = code();
        s.as(s.teacher);
        JoinCode fresh = s.classrooms.regenerateJoinCode(s.classId);
        assertThat(fresh.value()).isNotEqualTo(old);
        s.as(ben);
        assertThatThrownBy(() -> s.classrooms.join(old)).isInstanceOf(InvalidInputException.class);
        assertThat(s.classrooms.join(fresh.value())).isEqualTo(s.classId);
    }

    @Test
    void a_switched_off_code_or_an_archived_class_takes_no_one() {
        String code = code();
        s.as(s.teacher);
        s.classrooms.setJoinOpen(s.classId, false);
        s.as(ben);
        assertThatThrownBy(() -> s.classrooms.join(code)).isInstanceOf(InvalidInputException.class);
        s.as(s.teacher);
        s.classrooms.setJoinOpen(s.classId, true);
        s.classrooms.archive(s.classId);
        assertThat(s.classrooms.get(s.classId).classroom().archived()).isTrue();
        s.as(ben);
        assertThatThrownBy(() -> s.classrooms.join(code)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void students_cannot_manage_the_class_and_outsiders_do_not_see_it() {
        s.as(ann);
        assertThatThrownBy(() -> s.classrooms.regenerateJoinCode(s.classId))
                .isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> s.membership.addCoTeacher(s.classId, ben))
                .isInstanceOf(PermissionDeniedException.class);
        s.as(ben);
        assertThatThrownBy(() -> s.classrooms.get(s.classId)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> s.classrooms.roster(s.classId)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> s.classrooms.get(ClassId.random())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_removed_student_is_off_the_roster_and_teachers_cannot_be_removed_that_way() {
        UserId annId = s.as(ann);
        UserId coTeacher = s.as(s.coTeacher);
        s.as(s.teacher);
        assertThatThrownBy(() -> s.membership.removeStudent(s.classId, coTeacher))
                .isInstanceOf(InvalidInputException.class);
        s.membership.removeStudent(s.classId, annId);
        assertThat(s.classrooms.roster(s.classId)).extracting(RosterEntry::userId).doesNotContain(annId);
        s.as(ann);
        assertThatThrownBy(() -> s.classrooms.get(s.classId)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_class_needs_a_name() {
        s.as(s.teacher);
        assertThatThrownBy(() -> s.classrooms.create("  ")).isInstanceOf(InvalidInputException.class);
    }

    private String code() {
        s.as(s.teacher);
        return s.classrooms.get(s.classId).classroom().joinCode().value();
    }
}
