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
 * work (watch live), join it as editor, put it in the spotlight, return it; export as CSV.
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
        grid.addColumn(DashboardRow::who).setHeader("Student or group").setFlexGrow(2);
        grid.addColumn(TeacherDashboard::status).setHeader("Status").setAutoWidth(true);
        grid.addColumn(r -> Dates.format(r.lastActivity(), "—")).setHeader("Last activity").setAutoWidth(true);
        grid.addColumn(DashboardRow::notesWritten).setHeader("Notes").setAutoWidth(true);
        grid.addColumn(TeacherDashboard::shares).setHeader("Share of the work").setFlexGrow(2);
        grid.addColumn(DashboardRow::aiGenerations).setHeader("AI requests").setAutoWidth(true);
        grid.addColumn(r -> r.aiPercent() + " %").setHeader("AI share").setAutoWidth(true);
        grid.addColumn(r -> r.grade() == null ? "" : r.grade()).setHeader("Grade").setAutoWidth(true);
        grid.addComponentColumn(r -> actions(r, submissions, spotlights)).setHeader("").setAutoWidth(true)
                .setFlexGrow(0);
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
        Anchor open = new Anchor("projects/" + row.projectId(), "Open");
        open.getElement().setAttribute("data-work", row.who());
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
        giveBack.getElement().setAttribute("data-work", row.who());
        HorizontalLayout actions = new HorizontalLayout(open, edit, spotlight, giveBack);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        return actions;
    }

    private static Button small(String text, Runnable action) {
        Button button = new Button(text, e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }
}
