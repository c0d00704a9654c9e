package app.tutti.classroom.ui;

import app.tutti.classroom.domain.Assignment;
import app.tutti.classroom.domain.WorkStatus;
import app.tutti.classroom.service.DashboardRow;
import app.tutti.classroom.service.DashboardService;
import app.tutti.classroom.service.SpotlightService;
import app.tutti.classroom.service.SubmissionService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

/**
 * Per student or group: status, last activity, notes written, each member's share, AI use; open the
 * work by its name (watch live), join it as editor, put it in the spotlight, return it; export as CSV.
 */
class TeacherDashboard extends VerticalLayout {

    final Grid<DashboardRow> grid = new Grid<>();
    final Button refresh = new Button("Refresh", VaadinIcon.REFRESH.create());
    private final Assignment assignment;
    private final DashboardService dashboard;

    TeacherDashboard(Assignment assignment, DashboardService dashboard, SubmissionService submissions,
            SpotlightService spotlights) {
        this.assignment = assignment;
        this.dashboard = dashboard;
        setPadding(false);
        grid.setId("dashboard");
        grid.addComponentColumn(TeacherDashboard::openLink).setHeader("Student or group").setWidth("8rem").setFlexGrow(1);
        grid.addColumn(TeacherDashboard::status).setHeader("Status").setWidth("7.5rem").setFlexGrow(0);
        grid.addColumn(r -> Dates.format(r.lastActivity(), "—")).setHeader("Last activity").setWidth("10rem")
                .setFlexGrow(0);
        grid.addColumn(DashboardRow::notesWritten).setHeader("Notes").setWidth("5rem").setFlexGrow(0);
        grid.addColumn(TeacherDashboard::shares).setHeader("Share of the work").setWidth("8rem").setFlexGrow(2);
        grid.addColumn(DashboardRow::aiGenerations).setHeader("AI asks").setWidth("5rem").setFlexGrow(0);
        grid.addColumn(r -> r.aiPercent() + " %").setHeader("AI share").setWidth("6rem").setFlexGrow(0);
        grid.addColumn(r -> r.grade() == null ? "" : r.grade()).setHeader("Grade").setWidth("5rem").setFlexGrow(0);
        grid.addComponentColumn(r -> actions(r, submissions, spotlights)).setWidth("14.5rem").setFlexGrow(0);
        grid.setAllRowsVisible(true);
        refresh.setId("refresh-dashboard");
        refresh.addClickListener(e -> refresh());
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = dashboard.csv(assignment.id()).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "dashboard.csv", "text/csv", bytes.length);
        }), "");
        csv.add(VaadinIcon.DOWNLOAD.create(), new Span(" Export CSV"));
        csv.setId("export-csv");
        HorizontalLayout bar = new HorizontalLayout(FlexComponent.Alignment.BASELINE, new H3("Dashboard"), refresh,
                csv);
        add(bar, grid);
        refresh();
    }

    void refresh() {
        grid.setItems(dashboard.dashboard(assignment.id()));
    }

    static String status(DashboardRow row) {
        return row.status().label() + (row.late() ? " · late" : "");
    }

    static String shares(DashboardRow row) {
        return row.shares().stream().map(s -> s.name() + " " + s.percent() + " %").collect(Collectors.joining(" · "));
    }

    private Component actions(DashboardRow row, SubmissionService submissions, SpotlightService spotlights) {
        Button edit = small("Join as editor", () -> {
            submissions.joinAsEditor(row.workId());
            Notification.show("You can now edit " + row.who() + "’s work; your notes are credited to you.");
        });
        Button spotlight = small("Spotlight", () -> {
            spotlights.spotlight(assignment.classId(), row.workId());
            Notification.show(row.who() + "’s work is in the class spotlight");
        });
        Button giveBack = small("Return…", () -> new ReturnWorkDialog(row.who(), (comment, grade) -> {
            submissions.returnWork(row.workId(), comment, grade);
            refresh();
        }).open());
        giveBack.setEnabled(row.status() == WorkStatus.SUBMITTED);
        HorizontalLayout actions = new HorizontalLayout(edit, spotlight, giveBack);
        actions.setSpacing(false);
        actions.getChildren().forEach(c -> c.getElement().setAttribute("data-work", row.who()));
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        return actions;
    }

    /** The student's or group's name, opening their copy (read-only for a teacher, live). */
    private static Anchor openLink(DashboardRow row) {
        Anchor open = new Anchor("projects/" + row.projectId(), row.who());
        open.setTitle("Open " + row.who() + "’s work");
        return open;
    }

    private static Button small(String text, Runnable action) {
        Button button = new Button(text, e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }
}
