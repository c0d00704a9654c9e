package app.tutti.classroom.service;

import app.tutti.base.security.CurrentUser;
import app.tutti.classroom.domain.Assignment;
import app.tutti.classroom.domain.AssignmentId;
import app.tutti.classroom.domain.WorkRepository;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The teacher's view of an assignment: one line per student or group, and the same as CSV. */
@Service
public class DashboardService {

    private final ClassAccess access;
    private final WorkRepository works;
    private final DashboardRows rows;
    private final CurrentUser currentUser;

    DashboardService(ClassAccess access, WorkRepository works, DashboardRows rows, CurrentUser currentUser) {
        this.access = access;
        this.works = works;
        this.rows = rows;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public List<DashboardRow> dashboard(AssignmentId id) {
        Assignment assignment = access.teachingAssignment(id, currentUser.require().userId());
        return rows.rowsFor(assignment, works.findByAssignmentId(id));
    }

    @Transactional(readOnly = true)
    public String csv(AssignmentId id) {
        return DashboardCsv.of(dashboard(id));
    }
}
