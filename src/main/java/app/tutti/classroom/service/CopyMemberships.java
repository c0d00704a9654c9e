package app.tutti.classroom.service;

import app.tutti.base.domain.ProjectId;
import app.tutti.base.domain.UserId;
import app.tutti.classroom.domain.AssignmentGroup;
import app.tutti.classroom.domain.AssignmentRepository;
import app.tutti.classroom.domain.ClassId;
import app.tutti.classroom.domain.ClassMember;
import app.tutti.classroom.domain.ClassRole;
import app.tutti.classroom.domain.ClassroomRepository;
import app.tutti.classroom.domain.Work;
import app.tutti.classroom.domain.WorkRepository;
import app.tutti.sharing.domain.ProjectRole;
import app.tutti.sharing.service.ProjectAccess;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Project roles on the class's copies, kept in step with the class: students own their copy (in a
 * group the first member owns it, the others edit), teachers and co-teachers view every copy.
 * Called only from the classroom services, after their own checks.
 */
@Component
class CopyMemberships {

    private final ClassroomRepository classes;
    private final AssignmentRepository assignments;
    private final WorkRepository works;
    private final WorkMembers workMembers;
    private final ProjectAccess projectAccess;

    CopyMemberships(ClassroomRepository classes, AssignmentRepository assignments, WorkRepository works,
            WorkMembers workMembers, ProjectAccess projectAccess) {
        this.classes = classes;
        this.assignments = assignments;
        this.works = works;
        this.workMembers = workMembers;
        this.projectAccess = projectAccess;
    }

    /** Hands a new copy to its students and lets every teacher of the class view it. */
    void handOut(ClassId classId, ProjectId copy, List<UserId> students) {
        for (ClassMember member : classes.findMembers(classId)) {
            if (member.role().teaches()) {
                projectAccess.setRoleForClassroom(copy, member.userId(), ProjectRole.VIEWER);
            }
        }
        for (int i = 0; i < students.size(); i++) {
            projectAccess.setRoleForClassroom(copy, students.get(i), i == 0 ? ProjectRole.OWNER : ProjectRole.EDITOR);
        }
    }

    void letTeacherView(ClassId classId, UserId teacher) {
        works.findByClassId(classId).forEach(
                work -> projectAccess.setRoleForClassroom(work.projectId(), teacher, ProjectRole.VIEWER));
    }

    void letEdit(ProjectId copy, UserId teacher) {
        projectAccess.setRoleForClassroom(copy, teacher, ProjectRole.EDITOR);
    }

    /** Lets the class's students who do not work on {@code work} view it (or stop viewing it). */
    void showToClass(ClassId classId, Work work, boolean show) {
        List<UserId> workers = workMembers.of(work);
        for (ClassMember member : classes.findMembers(classId)) {
            if (member.role() == ClassRole.STUDENT && !workers.contains(member.userId())) {
                if (show) {
                    projectAccess.setRoleForClassroom(work.projectId(), member.userId(), ProjectRole.VIEWER);
                } else {
                    projectAccess.removeForClassroom(work.projectId(), member.userId());
                }
            }
        }
    }

    void removeStudent(ClassId classId, UserId student) {
        Map<ProjectId, ProjectRole> roles = projectAccess.rolesOf(student);
        for (Work work : works.findByClassId(classId)) {
            ProjectRole role = roles.get(work.projectId());
            if (role == null || student.equals(work.student())) {
                continue;
            }
            if (role == ProjectRole.OWNER) {
                workMembers.of(work).stream().filter(m -> !m.equals(student)).findFirst().ifPresent(
                        next -> projectAccess.setRoleForClassroom(work.projectId(), next, ProjectRole.OWNER));
            }
            projectAccess.removeForClassroom(work.projectId(), student);
        }
        assignments.findByClassId(classId).forEach(assignment -> {
            for (AssignmentGroup group : assignments.findGroupsByAssignmentId(assignment.id())) {
                if (group.members().contains(student)) {
                    assignments.deleteGroupMember(group.id(), student);
                }
            }
        });
    }
}
