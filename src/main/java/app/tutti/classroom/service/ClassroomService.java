package app.tutti.classroom.service;

import app.tutti.account.service.AccountService;
import app.tutti.base.domain.InvalidInputException;
import app.tutti.base.domain.UserId;
import app.tutti.base.security.CurrentUser;
import app.tutti.classroom.domain.ClassId;
import app.tutti.classroom.domain.ClassRole;
import app.tutti.classroom.domain.Classroom;
import app.tutti.classroom.domain.ClassroomRepository;
import app.tutti.classroom.domain.JoinCode;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.random.RandomGenerator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Classes: create one (its creator teaches it), list mine, see the roster, join with a code, manage
 * the join code and archive. Co-teachers and removing students are in {@link ClassMembershipService}.
 */
@Service
public class ClassroomService {

    private final ClassroomRepository classes;
    private final ClassAccess access;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final RandomGenerator random = new SecureRandom();

    ClassroomService(ClassroomRepository classes, ClassAccess access, AccountService accounts,
            CurrentUser currentUser, Clock clock) {
        this.classes = classes;
        this.access = access;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional
    public ClassId create(String name) {
        UserId me = me();
        Instant now = clock.instant();
        Classroom classroom = new Classroom(ClassId.random(), Classroom.checkName(name), freshCode(), true, false,
                null, me, now);
        classes.insert(classroom);
        classes.insertMember(classroom.id(), me, ClassRole.TEACHER, now);
        return classroom.id();
    }

    @Transactional(readOnly = true)
    public List<MyClass> myClasses() {
        UserId me = me();
        return classes.findByMember(me).stream()
                .map(c -> new MyClass(c, access.require(c.id(), me)))
                .toList();
    }

    @Transactional(readOnly = true)
    public MyClass get(ClassId classId) {
        ClassRole role = access.require(classId, me());
        return new MyClass(access.classroom(classId), role);
    }

    @Transactional(readOnly = true)
    public List<RosterEntry> roster(ClassId classId) {
        access.require(classId, me());
        return classes.findMembers(classId).stream()
                .map(m -> accounts.findById(m.userId())
                        .map(a -> new RosterEntry(m.userId(), a.username(), a.displayName(), m.role()))
                        .orElseGet(() -> new RosterEntry(m.userId(), "?", "(deleted user)", m.role())))
                .toList();
    }

    /** Joins the class whose open code this is, as a student; joining twice changes nothing. */
    @Transactional
    public ClassId join(String code) {
        UserId me = me();
        Classroom classroom = classes.findByJoinCode(JoinCode.parse(code))
                .filter(c -> c.joinOpen() && !c.archived())
                .orElseThrow(() -> new InvalidInputException("No open class has this code. Check it with your teacher."));
        if (classes.findRole(classroom.id(), me).isEmpty()) {
            classes.insertMember(classroom.id(), me, ClassRole.STUDENT, clock.instant());
        }
        return classroom.id();
    }

    /** A new code; the old one stops working. */
    @Transactional
    public JoinCode regenerateJoinCode(ClassId classId) {
        Classroom classroom = teaching(classId);
        JoinCode code = freshCode();
        classes.updateJoinCode(classId, code, classroom.joinOpen());
        return code;
    }

    /** Switches joining by code (and link) on or off. */
    @Transactional
    public void setJoinOpen(ClassId classId, boolean open) {
        Classroom classroom = teaching(classId);
        classes.updateJoinCode(classId, classroom.joinCode(), open);
    }

    /** An archived class keeps its work but takes no new students or assignments. */
    @Transactional
    public void archive(ClassId classId) {
        teaching(classId);
        classes.updateArchived(classId, true);
    }

    private Classroom teaching(ClassId classId) {
        access.requireTeaching(classId, me());
        return access.classroom(classId);
    }

    private JoinCode freshCode() {
        JoinCode code;
        do {
            code = JoinCode.random(random);
        } while (classes.existsByJoinCode(code));
        return code;
    }

    private UserId me() {
        return currentUser.require().userId();
    }
}
