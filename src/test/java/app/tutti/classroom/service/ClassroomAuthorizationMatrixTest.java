package app.tutti.classroom.service;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tutti.ai.domain.AiPolicy;
import app.tutti.base.domain.NotFoundException;
import app.tutti.base.domain.PermissionDeniedException;
import app.tutti.base.domain.ProjectId;
import app.tutti.base.domain.UserId;
import app.tutti.classroom.domain.AssignmentDraft;
import app.tutti.classroom.domain.AssignmentId;
import app.tutti.classroom.domain.ClassId;
import app.tutti.classroom.domain.WorkId;
import app.tutti.classroom.domain.WorkMode;
import app.tutti.composition.domain.EditOp;
import app.tutti.composition.domain.Note;
import app.tutti.testsupport.TuttiSpringTest;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/**
 * Every classroom service method, called by each kind of person, against a class with an individual
 * assignment (the student's copy is submitted), a group assignment and a draft, next to another class.
 * Expected outcomes are one character per actor, in {@link Actor} order: {@code +} allowed,
 * {@code N} "not found" (nothing revealed), {@code D} permission denied, {@code L} please log in.
 */
@TuttiSpringTest
class ClassroomAuthorizationMatrixTest {

    enum Actor { ANONYMOUS, STUDENT, GROUP_MEMBER, OTHER_STUDENT, TEACHER, CO_TEACHER, OTHER_TEACHER }

    record Op(String name, String expected, boolean changesTheClass, Consumer<World> call) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Op> OPS = List.of(
            read("my classes", "L++++++", w -> w.s.classrooms.myClasses()),
            read("create a class", "L++++++", w -> w.s.classrooms.create("Another class")),
            read("get the class", "L++N++N", w -> w.s.classrooms.get(w.classId)),
            read("roster", "L++N++N", w -> w.s.classrooms.roster(w.classId)),
            change("join with the code", "L++++++", w -> w.s.classrooms.join(w.code)),
            change("regenerate the code", "LDDN++N", w -> w.s.classrooms.regenerateJoinCode(w.classId)),
            change("switch the code off", "LDDN++N", w -> w.s.classrooms.setJoinOpen(w.classId, false)),
            change("archive", "LDDN++N", w -> w.s.classrooms.archive(w.classId)),
            change("add a co-teacher", "LDDN++N", w -> w.s.membership.addCoTeacher(w.classId, w.spare)),
            change("remove a student", "LDDN++N", w -> w.s.membership.removeStudent(w.classId, w.groupmate)),
            change("create an assignment", "LDDN++N", w -> w.s.assignments.create(w.classId,
                    new AssignmentDraft("More", "", null, null, WorkMode.INDIVIDUAL, AiPolicy.OPEN))),
            read("list assignments", "L++N++N", w -> w.s.assignments.assignments(w.classId)),
            read("get a published assignment", "L++N++N", w -> w.s.assignments.get(w.individual)),
            read("get a draft assignment", "LNNN++N", w -> w.s.assignments.get(w.draft)),
            change("publish", "LDDN++N", w -> w.s.assignments.publish(w.individual)),
            change("form a group", "LDDN++N", w -> w.s.groups.formGroup(w.draft, "Solo", List.of(w.studentId))),
            read("list groups", "LDDN++N", w -> w.s.groups.groups(w.group)),
            read("my work", "L++N++N", w -> w.s.submissions.myWork(w.individual)),
            read("get the student's work", "L+NN++N", w -> w.s.submissions.get(w.work)),
            read("get the group's work", "LN+N++N", w -> w.s.submissions.get(w.groupWork)),
            change("submit the student's work", "L+NNDDN", w -> w.s.submissions.submit(w.work)),
            change("unsubmit the student's work", "L+NNDDN", w -> w.s.submissions.unsubmit(w.work)),
            change("submit the group's work", "LN+NDDN", w -> w.s.submissions.submit(w.groupWork)),
            change("return the student's work", "LDNN++N", w -> w.s.submissions.returnWork(w.work, "Good", "A")),
            change("join the student's work as editor", "LDNN++N", w -> w.s.submissions.joinAsEditor(w.work)),
            read("dashboard", "LDDN++N", w -> w.s.dashboard.dashboard(w.individual)),
            read("dashboard CSV", "LDDN++N", w -> w.s.dashboard.csv(w.individual)),
            change("spotlight the student's work", "LDDN++N", w -> w.s.spotlights.spotlight(w.classId, w.work)),
            change("spotlight it in another class", "LNND NNN".replace(" ", ""),
                    w -> w.s.spotlights.spotlight(w.otherClassId, w.work)),
            read("current spotlight", "L++N++N", w -> w.s.spotlights.current(w.classId)),
            read("open the student's copy", "L+NN++N", w -> w.s.projects.get(w.workProject)),
            read("open the group's copy", "LN+N++N", w -> w.s.projects.get(w.groupProject)),
            change("edit the student's copy", "L+NNDDN", w -> w.s.edits.submit(w.workProject, UUID.randomUUID(), 0,
                    new EditOp.AddNotes(List.of(new Note(UUID.randomUUID(),
                            w.s.projects.tracksOf(w.workProject).getFirst().id(), 60, 0, 480, 90))))));

    @Autowired
    ApplicationContext context;

    private static World shared;
    private static Map<Actor, String> people;
    private static String groupmateName;
    private static String spareName;

    static Stream<Arguments> cases() {
        return OPS.stream().flatMap(op -> Arrays.stream(Actor.values()).map(actor -> Arguments.of(op, actor)));
    }

    @AfterEach
    void logOut() {
        context.getBean(app.tutti.testsupport.TestUsers.class).logOut();
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("cases")
    void each_person_gets_exactly_what_their_role_allows(Op op, Actor actor) {
        if (people == null) {
            registerEveryone();
        }
        World world;
        if (op.changesTheClass()) {
            world = new World(context, people, groupmateName, spareName);
        } else {
            if (shared == null) {
                shared = new World(context, people, groupmateName, spareName);
            }
            world = shared;
        }
        world.actAs(actor);
        char expected = op.expected().charAt(actor.ordinal());
        switch (expected) {
            case '+' -> assertThatCode(() -> op.call().accept(world)).doesNotThrowAnyException();
            case 'N' -> assertThatThrownBy(() -> op.call().accept(world)).isInstanceOf(NotFoundException.class);
            case 'D' -> assertThatThrownBy(() -> op.call().accept(world))
                    .isInstanceOf(PermissionDeniedException.class);
            case 'L' -> assertThatThrownBy(() -> op.call().accept(world))
                    .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
            default -> throw new IllegalStateException("Unknown expectation " + expected);
        }
    }

    private void registerEveryone() {
        app.tutti.testsupport.TestUsers users = context.getBean(app.tutti.testsupport.TestUsers.class);
        people = new EnumMap<>(Actor.class);
        for (Actor actor : Actor.values()) {
            if (actor != Actor.ANONYMOUS) {
                people.put(actor, users.register(actor.name().toLowerCase().replace("_", "")));
            }
        }
        groupmateName = users.register("mate");
        spareName = users.register("spare");
    }

    private static Op read(String name, String expected, Consumer<World> call) {
        return new Op(name, expected, false, call);
    }

    private static Op change(String name, String expected, Consumer<World> call) {
        return new Op(name, expected, true, call);
    }

    /** The two classes and their work, built fresh through the services. */
    static final class World {
        final ClassroomScenario s;
        final Map<Actor, String> people;
        final String spare;
        final ClassId classId;
        final ClassId otherClassId;
        final String code;
        final UserId studentId;
        final UserId groupmate;
        final AssignmentId individual;
        final AssignmentId group;
        final AssignmentId draft;
        final WorkId work;
        final WorkId groupWork;
        final ProjectId workProject;
        final ProjectId groupProject;

        World(ApplicationContext context, Map<Actor, String> people, String groupmateName, String spare) {
            s = new ClassroomScenario(context, people.get(Actor.TEACHER), people.get(Actor.CO_TEACHER));
            this.people = people;
            this.spare = spare;

            s.as(people.get(Actor.OTHER_TEACHER));
            otherClassId = s.classrooms.create("Other class");
            String otherCode = s.classrooms.get(otherClassId).classroom().joinCode().value();
            s.as(people.get(Actor.OTHER_STUDENT));
            s.classrooms.join(otherCode);

            s.withClass(people.get(Actor.STUDENT), people.get(Actor.GROUP_MEMBER), groupmateName);
            classId = s.classId;
            s.as(s.teacher);
            code = s.classrooms.get(classId).classroom().joinCode().value();
            studentId = s.as(people.get(Actor.STUDENT));
            UserId member = s.as(people.get(Actor.GROUP_MEMBER));
            groupmate = s.as(groupmateName);
            individual = s.publishedIndividual();
            group = s.assignment(WorkMode.GROUPS, AiPolicy.OPEN, null);
            s.groups.formGroup(group, "Pair", List.of(member, groupmate));
            s.assignments.publish(group);
            draft = s.assignment(WorkMode.GROUPS, AiPolicy.OPEN, null);
            work = s.workOf(people.get(Actor.STUDENT), individual);
            workProject = s.projectOf(people.get(Actor.STUDENT), individual);
            s.submissions.submit(work);
            groupWork = s.workOf(people.get(Actor.GROUP_MEMBER), group);
            groupProject = s.projectOf(people.get(Actor.GROUP_MEMBER), group);
            s.users.logOut();
        }

        void actAs(Actor actor) {
            if (actor == Actor.ANONYMOUS) {
                s.users.logOut();
            } else {
                s.as(people.get(actor));
            }
        }
    }
}
