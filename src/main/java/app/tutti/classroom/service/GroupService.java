package app.tutti.classroom.service;

import app.tutti.base.domain.InvalidInputException;
import app.tutti.base.domain.UserId;
import app.tutti.base.security.CurrentUser;
import app.tutti.classroom.domain.Assignment;
import app.tutti.classroom.domain.AssignmentGroup;
import app.tutti.classroom.domain.AssignmentId;
import app.tutti.classroom.domain.AssignmentRepository;
import app.tutti.classroom.domain.ClassRole;
import app.tutti.classroom.domain.ClassroomRepository;
import app.tutti.classroom.domain.GroupId;
import app.tutti.classroom.domain.WorkMode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Groups of a group assignment, formed by a teacher from the class's students. */
@Service
public class GroupService {

    static final int MAX_NAME_LENGTH = 80;

    private final AssignmentRepository assignments;
    private final ClassroomRepository classes;
    private final ClassAccess access;
    private final CurrentUser currentUser;

    GroupService(AssignmentRepository assignments, ClassroomRepository classes, ClassAccess access,
            CurrentUser currentUser) {
        this.assignments = assignments;
        this.classes = classes;
        this.access = access;
        this.currentUser = currentUser;
    }

    @Transactional
    public GroupId formGroup(AssignmentId assignmentId, String name, List<UserId> members) {
        Assignment assignment = access.teachingAssignment(assignmentId, currentUser.require().userId());
        if (assignment.mode() != WorkMode.GROUPS) {
            throw new InvalidInputException("This assignment is done individually.");
        }
        String groupName = name == null ? "" : name.strip();
        if (groupName.isEmpty() || groupName.length() > MAX_NAME_LENGTH) {
            throw new InvalidInputException("Give the group a name of at most " + MAX_NAME_LENGTH + " characters.");
        }
        if (members.isEmpty()) {
            throw new InvalidInputException("A group needs at least one student.");
        }
        Set<UserId> grouped = new HashSet<>();
        assignments.findGroupsByAssignmentId(assignmentId).forEach(g -> grouped.addAll(g.members()));
        for (UserId member : members) {
            if (classes.findRole(assignment.classId(), member).orElse(null) != ClassRole.STUDENT) {
                throw new InvalidInputException("Groups are formed from the class's students.");
            }
            if (!grouped.add(member)) {
                throw new InvalidInputException("A student can be in only one group.");
            }
        }
        AssignmentGroup group = new AssignmentGroup(GroupId.random(), assignmentId, groupName, List.copyOf(members));
        assignments.insertGroup(group);
        return group.id();
    }

    @Transactional(readOnly = true)
    public List<AssignmentGroup> groups(AssignmentId assignmentId) {
        access.teachingAssignment(assignmentId, currentUser.require().userId());
        return assignments.findGroupsByAssignmentId(assignmentId);
    }
}
