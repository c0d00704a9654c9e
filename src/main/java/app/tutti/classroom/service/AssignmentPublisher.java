package app.tutti.classroom.service;

import app.tutti.account.service.AccountService;
import app.tutti.base.domain.UserId;
import app.tutti.classroom.domain.Assignment;
import app.tutti.classroom.domain.AssignmentGroup;
import app.tutti.classroom.domain.AssignmentRepository;
import app.tutti.classroom.domain.ClassMember;
import app.tutti.classroom.domain.ClassRole;
import app.tutti.classroom.domain.ClassroomRepository;
import app.tutti.classroom.domain.Work;
import app.tutti.classroom.domain.WorkMode;
import app.tutti.classroom.domain.WorkRepository;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Gives every student (or every group) of the class that has no copy of the assignment yet its own,
 * so publishing again after new students joined hands out only the missing copies.
 */
@Component
class AssignmentPublisher {

    private final AssignmentRepository assignments;
    private final WorkRepository works;
    private final ClassroomRepository classes;
    private final AccountService accounts;
    private final WorkCopies copies;

    AssignmentPublisher(AssignmentRepository assignments, WorkRepository works, ClassroomRepository classes,
            AccountService accounts, WorkCopies copies) {
        this.assignments = assignments;
        this.works = works;
        this.classes = classes;
        this.accounts = accounts;
        this.copies = copies;
    }

    /** Returns how many copies were made. */
    int handOut(Assignment assignment) {
        List<Work> existing = works.findByAssignmentId(assignment.id());
        return assignment.mode() == WorkMode.INDIVIDUAL ? toStudents(assignment, existing) : toGroups(assignment, existing);
    }

    private int toStudents(Assignment assignment, List<Work> existing) {
        Set<UserId> served = existing.stream().map(Work::student).filter(Objects::nonNull).collect(Collectors.toSet());
        int made = 0;
        for (ClassMember member : classes.findMembers(assignment.classId())) {
            if (member.role() == ClassRole.STUDENT && !served.contains(member.userId())) {
                String name = accounts.displayNameOf(member.userId()).orElse("student");
                copies.create(assignment, List.of(member.userId()), null, name);
                made++;
            }
        }
        return made;
    }

    private int toGroups(Assignment assignment, List<Work> existing) {
        Set<Object> served = existing.stream().map(Work::group).filter(Objects::nonNull).collect(Collectors.toSet());
        int made = 0;
        for (AssignmentGroup group : assignments.findGroupsByAssignmentId(assignment.id())) {
            if (!group.members().isEmpty() && !served.contains(group.id())) {
                copies.create(assignment, group.members(), group.id(), group.name());
                made++;
            }
        }
        return made;
    }
}
