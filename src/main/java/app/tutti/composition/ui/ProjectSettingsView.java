package app.tutti.composition.ui;

import app.tutti.base.domain.NotFoundException;
import app.tutti.base.domain.ProjectId;
import app.tutti.composition.domain.ProjectDetails;
import app.tutti.composition.domain.ProjectSummary;
import app.tutti.composition.domain.Track;
import app.tutti.composition.service.ProjectService;
import app.tutti.sharing.domain.ProjectRole;
import app.tutti.sharing.ui.ShareDialogs;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A project's settings: title, tempo, time signature, key; its tracks; duplicate and delete. */
@Route("projects/:projectId/settings")
@PermitAll
public class ProjectSettingsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String PROJECT_ID = "projectId";

    final H2 heading = new H2();
    final Paragraph roleNote = new Paragraph();
    final Button save = new Button("Save settings");
    final Button duplicate = new Button("Duplicate");
    final Button delete = new Button("Delete…");
    final Button share = new Button("Share…");
    final Grid<Track> tracks = new Grid<>();

    private final ProjectService projectService;
    private ProjectDetailsForm form = new ProjectDetailsForm(ProjectDetails.untitled());
    private @Nullable ProjectSummary summary;

    private final ShareDialogs shareDialogs;

    ProjectSettingsView(ProjectService projectService, ShareDialogs shareDialogs) {
        this.projectService = projectService;
        this.shareDialogs = shareDialogs;
        share.setId("share-project");
        share.addClickListener(e -> shareDialogs.create(summary.project().id(),
                summary.role() == ProjectRole.OWNER).open());
        addClassName("tutti-page");
        setMaxWidth("56rem");
        save.setId("save-settings");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL).setBrowserDefaultAllowed(false);
        save.setTooltipText("Save (Ctrl+S)");
        save.addClickListener(e -> save());
        duplicate.setId("duplicate-project");
        duplicate.addClickListener(e -> duplicate());
        delete.setId("delete-project");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(e -> new DeleteProjectDialog(summary.project().title(), this::delete).open());
        tracks.setId("track-grid");
        tracks.addColumn(Track::name).setHeader("Track");
        tracks.addColumn(track -> "Program " + (track.program() + 1)).setHeader("Instrument");
        tracks.addColumn(track -> track.channel() + 1).setHeader("MIDI channel");
        tracks.setAllRowsVisible(true);
        roleNote.setId("role-note");
    }

    public static RouteParameters parametersFor(ProjectId id) {
        return new RouteParameters(PROJECT_ID, id.toString());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ProjectId id = event.getRouteParameters().get(PROJECT_ID).flatMap(ProjectId::parse).orElse(null);
        if (id == null) {
            showNotFound(event, new NotFoundException("There is no project at this address."));
            return;
        }
        try {
            summary = projectService.get(id);
        } catch (NotFoundException e) {
            showNotFound(event, e);
            return;
        }
        show(projectService.tracksOf(id));
    }

    private static void showNotFound(BeforeEnterEvent event, NotFoundException e) {
        event.rerouteToError(e, e.getMessage());
    }

    @Override
    public String getPageTitle() {
        return (summary == null ? "Project" : summary.project().title()) + " · Settings · Tutti";
    }

    private void show(List<Track> projectTracks) {
        removeAll();
        form = new ProjectDetailsForm(summary.project().details());
        form.showLaterTempoChanges(projectService.tempoMap(summary.project().id()).later().size());
        boolean canEdit = summary.role().includes(ProjectRole.EDITOR);
        form.setEnabled(canEdit);
        save.setVisible(canEdit);
        delete.setVisible(summary.role() == ProjectRole.OWNER);
        heading.setText(summary.project().title());
        roleNote.setText("Your role: " + summary.role().label()
                + (canEdit ? "" : " — you can look at these settings but not change them."));
        tracks.setItems(projectTracks);
        add(heading, roleNote, form, new HorizontalLayout(save, share, duplicate, delete), new H3("Tracks"), tracks);
    }

    void save() {
        form.read().ifPresent(details -> {
            projectService.updateDetails(summary.project().id(), details);
            summary = projectService.get(summary.project().id());
            heading.setText(summary.project().title());
            Notification.show("Settings saved");
        });
    }

    void duplicate() {
        ProjectId copy = projectService.duplicate(summary.project().id());
        Notification.show("Duplicated — you are now in the copy");
        getUI().ifPresent(ui -> ui.navigate(ProjectSettingsView.class, parametersFor(copy)));
    }

    void delete() {
        projectService.delete(summary.project().id());
        Notification.show("Deleted “" + summary.project().title() + "”");
        getUI().ifPresent(ui -> ui.navigate(ProjectListView.class));
    }
}
