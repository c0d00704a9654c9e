package app.tutti.classroom.service;

import app.tutti.base.domain.InvalidInputException;
import app.tutti.base.domain.UserId;
import app.tutti.base.security.CurrentUser;
import app.tutti.classroom.domain.ClassId;
import app.tutti.classroom.domain.Classroom;
import app.tutti.classroom.domain.ClassroomRepository;
import app.tutti.classroom.domain.WorkId;
import app.tutti.composition.service.ProjectService;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A teacher puts one copy in the spotlight: every student of the class may then view it (read-only)
 * and open class pages show it at once (through {@link SpotlightBus}). Clearing it takes that view away again.
 */
@Service
public class SpotlightService {

    private final ClassroomRepository classes;
    private final ClassAccess access;
    private final CopyMemberships memberships;
    private final ProjectService projects;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    SpotlightService(ClassroomRepository classes, ClassAccess access, CopyMemberships memberships,
            ProjectService projects, CurrentUser currentUser, ApplicationEventPublisher events) {
        this.classes = classes;
        this.access = access;
        this.memberships = memberships;
        this.projects = projects;
        this.currentUser = currentUser;
        this.events = events;
    }

    /** Shows {@code workId} to the class, or nothing when it is null. */
    @Transactional
    public void spotlight(ClassId classId, @Nullable WorkId workId) {
        UserId me = currentUser.require().userId();
        access.requireTeaching(classId, me);
        Classroom classroom = access.classroom(classId);
        if (classroom.spotlight() != null) {
            access.work(classroom.spotlight()).ifPresent(earlier -> memberships.showToClass(classId, earlier, false));
        }
        if (workId != null) {
            ClassAccess.VisibleWork visible = access.visibleWork(workId, me);
            if (!visible.assignment().classId().equals(classId)) {
                throw new InvalidInputException("That work belongs to another class.");
            }
            memberships.showToClass(classId, visible.work(), true);
        }
        classes.updateSpotlight(classId, workId);
        events.publishEvent(current(classId));
    }

    @Transactional(readOnly = true)
    public Spotlight current(ClassId classId) {
        access.require(classId, currentUser.require().userId());
        WorkId work = access.classroom(classId).spotlight();
        if (work == null) {
            return Spotlight.none(classId);
        }
        return access.work(work)
                .map(w -> new Spotlight(classId, work, w.projectId(), projects.get(w.projectId()).project().title()))
                .orElse(Spotlight.none(classId));
    }
}
