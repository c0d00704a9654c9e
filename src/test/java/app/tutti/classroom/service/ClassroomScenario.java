package app.tutti.classroom.service;

import app.tutti.ai.domain.AiPolicy;
import app.tutti.base.domain.ProjectId;
import app.tutti.base.domain.UserId;
import app.tutti.classroom.domain.AssignmentDraft;
import app.tutti.classroom.domain.AssignmentId;
import app.tutti.classroom.domain.ClassId;
import app.tutti.classroom.domain.WorkId;
import app.tutti.classroom.domain.WorkMode;
import app.tutti.collab.service.EditSessionService;
import app.tutti.composition.domain.EditOp;
import app.tutti.composition.domain.Note;
import app.tutti.composition.domain.ProjectDetails;
import app.tutti.composition.service.ProjectService;
import app.tutti.testsupport.TestUsers;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;

/**
 * A class as the tests need it, built through the real services: a teacher with a template project
 * holding one note, a co-teacher, students who joined with the code, and helpers to act as each.
 */
public final class ClassroomScenario {

    public final TestUsers users;
    public final ClassroomService classrooms;
    public final ClassMembershipService membership;
    public final AssignmentService assignments;
    public final GroupService groups;
    public final SubmissionService submissions;
    public final DashboardService dashboard;
    public final SpotlightService spotlights;
    public final ProjectService projects;
    public final EditSessionService edits;

    public final String teacher;
    public final String coTeacher;
    public ClassId classId;
    public ProjectId template;

    public ClassroomScenario(ApplicationContext context) {
        this(context, null, null);
    }

    /** A scenario around existing accounts (registering is slow: the password hash is meant to be). */
    public ClassroomScenario(ApplicationContext context, @Nullable String teacher, @Nullable String coTeacher) {
        users = context.getBean(TestUsers.class);
        classrooms = context.getBean(ClassroomService.class);
        membership = context.getBean(ClassMembershipService.class);
        assignments = context.getBean(AssignmentService.class);
        groups = context.getBean(GroupService.class);
        submissions = context.getBean(SubmissionService.class);
        dashboard = context.getBean(DashboardService.class);
        spotlights = context.getBean(SpotlightService.class);
        projects = context.getBean(ProjectService.class);
        edits = context.getBean(EditSessionService.class);
        this.teacher = teacher != null ? teacher : users.register("teacher");
        this.coTeacher = coTeacher != null ? coTeacher : users.register("coteacher");
    }

    /** Creates the class and the template, adds the co-teacher, and has each student join with the code. */
    public ClassroomScenario withClass(String... students) {
        as(teacher);
        classId = classrooms.create("Music 7B");
        template = projects.create(ProjectDetails.untitled().withTitle("Starter motif"));
        addNote(template, 60);
        membership.addCoTeacher(classId, coTeacher);
        String code = classrooms.get(classId).classroom().joinCode().value();
        for (String student : students) {
            as(student);
            classrooms.join(code.toLowerCase());
        }
        return this;
    }

    public AssignmentId assignment(WorkMode mode, AiPolicy policy, @Nullable Instant due) {
        as(teacher);
        return assignments.create(classId,
                new AssignmentDraft("Write a melody", "Eight bars, please.", template, due, mode, policy));
    }

    public AssignmentId publishedIndividual() {
        AssignmentId id = assignment(WorkMode.INDIVIDUAL, AiPolicy.atMost(3), null);
        assignments.publish(id);
        return id;
    }

    public WorkId workOf(String student, AssignmentId assignment) {
        as(student);
        return submissions.myWork(assignment).orElseThrow().id();
    }

    public ProjectId projectOf(String student, AssignmentId assignment) {
        as(student);
        return submissions.myWork(assignment).orElseThrow().projectId();
    }

    /** Adds one note as the signed-in user and returns its id. */
    public UUID addNote(ProjectId project, int pitch) {
        UUID track = projects.tracksOf(project).getFirst().id();
        UUID id = UUID.randomUUID();
        edits.submit(project, UUID.randomUUID(), 0,
                new EditOp.AddNotes(List.of(new Note(id, track, pitch, 0, 480, 90))));
        return id;
    }

    public UserId as(String username) {
        return ((app.tutti.base.security.AppUser) users.logIn(username).getPrincipal()).userId();
    }
}
