package app.tutti.history.ui;

import app.tutti.base.domain.NotFoundException;
import app.tutti.base.domain.ProjectId;
import app.tutti.collab.ui.PianoRoll;
import app.tutti.history.service.VersionDocument;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;
import java.util.UUID;

/** One version of a project, read-only: look at it, play it, restore it or fork it. */
@Route("projects/:projectId/versions/:versionId")
@PermitAll
public class VersionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final H2 title = new H2();
    final PianoRoll roll = HistoryRoll.create();
    final Button restore = new Button("Restore this version", VaadinIcon.ROTATE_LEFT.create());
    final Button fork = new Button("Fork into a new project", VaadinIcon.SPLIT.create());

    private final HistoryServices services;

    VersionView(HistoryServices services) {
        this.services = services;
        setSizeFull();
        setPadding(false);
        setSpacing(false);
        restore.setId("restore-version");
        fork.setId("fork-version");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<ProjectId> projectId = event.getRouteParameters().get("projectId").flatMap(ProjectId::parse);
        Optional<UUID> versionId = event.getRouteParameters().get("versionId").flatMap(VersionView::uuid);
        try {
            show(projectId.orElseThrow(VersionView::missing), versionId.orElseThrow(VersionView::missing));
        } catch (NotFoundException e) {
            event.rerouteToError(e, e.getMessage());
        }
    }

    private void show(ProjectId projectId, UUID versionId) {
        VersionDocument document = services.content().open(projectId, versionId);
        title.setText(document.project().title() + " · " + document.version().label());
        roll.load(HistoryRoll.state(document.project(), services.tempos(projectId), document.tracks(), document.notes()));
        roll.showAllTracks();
        Button back = new Button("Back to the editor", VaadinIcon.ARROW_LEFT.create(),
                e -> UI.getCurrent().navigate(HistoryLinks.editor(projectId)));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        restore.addClickListener(e -> {
            services.restores().restore(projectId, versionId);
            Notification.show("Restored " + document.version().label() + ".");
            UI.getCurrent().navigate(HistoryLinks.editor(projectId));
        });
        restore.setVisible(document.canRestore());
        fork.addClickListener(e -> UI.getCurrent().navigate(HistoryLinks.editor(
                services.forks().fork(projectId, versionId))));
        Span readOnly = new Span("Read-only · " + document.version().authorName() + " · "
                + HistoryLinks.when(document.version().version().createdAt()));
        HorizontalLayout bar = new HorizontalLayout(back, title, readOnly, restore, fork);
        bar.setAlignItems(Alignment.CENTER);
        bar.setWidthFull();
        Span summary = new Span(document.version().version().summary());
        summary.getStyle().set("padding", "0 var(--lumo-space-m)");
        removeAll();
        add(bar, summary, roll);
        setFlexGrow(1, roll);
    }

    static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static NotFoundException missing() {
        return new NotFoundException("There is no version at this address.");
    }

    @Override
    public String getPageTitle() {
        return title.getText() + " · Tutti";
    }
}
