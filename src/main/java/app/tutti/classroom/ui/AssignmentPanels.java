package app.tutti.classroom.ui;

import app.tutti.classroom.domain.Assignment;
import app.tutti.classroom.service.DashboardService;
import app.tutti.classroom.service.GroupService;
import app.tutti.classroom.service.RosterEntry;
import app.tutti.classroom.service.SpotlightService;
import app.tutti.classroom.service.SubmissionService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.List;

/** Makes the parts of an assignment page, each with the services it needs. */
@SpringComponent
class AssignmentPanels {

    private final DashboardService dashboard;
    private final SubmissionService submissions;
    private final SpotlightService spotlights;
    private final GroupService groups;

    AssignmentPanels(DashboardService dashboard, SubmissionService submissions, SpotlightService spotlights,
            GroupService groups) {
        this.dashboard = dashboard;
        this.submissions = submissions;
        this.spotlights = spotlights;
        this.groups = groups;
    }

    Component dashboard(Assignment assignment) {
        return new TeacherDashboard(assignment, dashboard, submissions, spotlights);
    }

    Component myWork(Assignment assignment) {
        return new MyWorkPanel(assignment, submissions);
    }

    Component groups(Assignment assignment, List<RosterEntry> roster) {
        return new GroupsPanel(assignment, roster, groups);
    }
}
