package app.tutti.classroom.service;

import app.tutti.account.domain.UserAccount;
import app.tutti.account.service.AccountService;
import app.tutti.base.domain.InvalidInputException;
import app.tutti.base.domain.NotFoundException;
import app.tutti.base.domain.UserId;
import app.tutti.base.security.CurrentUser;
import app.tutti.classroom.domain.ClassId;
import app.tutti.classroom.domain.ClassRole;
import app.tutti.classroom.domain.ClassroomRepository;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to who is in a class beyond joining: adding co-teachers (who then see every copy) and
 * removing a student (who then loses access to the class's work).
 */
@Service
public class ClassMembershipService {

    private final ClassroomRepository classes;
    private final ClassAccess access;
    private final CopyMemberships copyMemberships;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final Clock clock;

    ClassMembershipService(ClassroomRepository classes, ClassAccess access, CopyMemberships copyMemberships,
            AccountService accounts, CurrentUser currentUser, Clock clock) {
        this.classes = classes;
        this.access = access;
        this.copyMemberships = copyMemberships;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional
    public void addCoTeacher(ClassId classId, String username) {
        access.requireTeaching(classId, currentUser.require().userId());
        UserAccount user = accounts.findByUsername(username)
                .orElseThrow(() -> new InvalidInputException("There is no user called “" + username.strip() + "”."));
        if (classes.findRole(classId, user.id()).isPresent()) {
            throw new InvalidInputException(user.displayName() + " is already in this class.");
        }
        classes.insertMember(classId, user.id(), ClassRole.CO_TEACHER, clock.instant());
        copyMemberships.letTeacherView(classId, user.id());
    }

    /**
     * Takes a student out of the class. They keep the copies they own alone; they lose their place in
     * groups and every other copy of the class's work (a group copy they owned passes to a groupmate).
     */
    @Transactional
    public void removeStudent(ClassId classId, UserId student) {
        access.requireTeaching(classId, currentUser.require().userId());
        ClassRole role = classes.findRole(classId, student)
                .orElseThrow(() -> new NotFoundException("That person is not in this class."));
        if (role != ClassRole.STUDENT) {
            throw new InvalidInputException("Only students can be removed from a class.");
        }
        copyMemberships.removeStudent(classId, student);
        classes.deleteMember(classId, student);
    }
}
