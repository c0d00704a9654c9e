package app.tutti.collab.ui;

import app.tutti.base.domain.InvalidInputException;
import app.tutti.base.domain.NotFoundException;
import app.tutti.base.domain.PermissionDeniedException;
import app.tutti.base.domain.ProjectId;
import app.tutti.collab.service.DocumentState;
import app.tutti.collab.service.ProjectBroadcaster;
import app.tutti.collab.service.EditSessionService;
import app.tutti.composition.domain.Project;
import app.tutti.composition.domain.Track;
import app.tutti.composition.service.ProjectService;
import app.tutti.sharing.domain.ProjectRole;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The piano-roll editor of one project. Every edit the roll submits goes through
 * {@link EditSessionService}; the roll hears back an acknowledgement with the sequence number, or
 * a rejection with the reason, which it undoes locally.
 */
@Route("projects/:projectId")
@PermitAll
public class EditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final PianoRoll roll = new PianoRoll();
    final H2 title = new H2();

    private final EditSessionService edits;
    private final ProjectService projects;
    private final List<EditorToolbarItem> toolbarItems;
    private final ProjectBroadcaster broadcaster;
    private final Set<UUID> mySubmissions = ConcurrentHashMap.newKeySet();
    private @Nullable ProjectId projectId;
    private ProjectBroadcaster.@Nullable Subscription subscription;

    EditorView(EditSessionService edits, ProjectService projects, List<EditorToolbarItem> toolbarItems,
            ProjectBroadcaster broadcaster) {
        this.edits = edits;
        this.projects = projects;
        this.toolbarItems = toolbarItems;
        this.broadcaster = broadcaster;
        addClassName("tutti-editor");
        setSizeFull();
        setPadding(false);
        setSpacing(false);
        roll.setSizeFull();
        roll.addSubmitListener(this::submit);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ProjectId id = event.getRouteParameters().get("projectId").flatMap(ProjectId::parse).orElse(null);
        if (id == null) {
            NotFoundException notFound = new NotFoundException("There is no project at this address.");
            event.rerouteToError(notFound, notFound.getMessage());
            return;
        }
        try {
            open(id);
        } catch (NotFoundException e) {
            event.rerouteToError(e, e.getMessage());
        }
    }

    private void open(ProjectId id) {
        Project project = projects.get(id).project();
        List<Track> tracks = projects.tracksOf(id);
        DocumentState state = edits.open(id);
        projectId = id;
        title.setText(project.title());
        var details = project.details();
        roll.load(new RollState(state.seq(), project.ticksPerQuarter(), details.timeSignature().beatsPerBar(),
                details.timeSignature().beatUnit(), details.tempoBpm(), state.role().includes(ProjectRole.EDITOR),
                tracks.getFirst().id(), tracks, state.document().notes()));
        removeAll();
        add(toolbar(id, state.role()), roll);
        setFlexGrow(1, roll);
    }

    private HorizontalLayout toolbar(ProjectId id, ProjectRole role) {
        Anchor settings = new Anchor("projects/" + id + "/settings", "");
        settings.add(VaadinIcon.COG.create(), new Span(" Settings"));
        settings.addClassName("tutti-toolbar-link");
        HorizontalLayout toolbar = new HorizontalLayout(title);
        toolbarItems.forEach(item -> toolbar.add(item.create(id)));
        toolbar.add(settings);
        if (!role.includes(ProjectRole.EDITOR)) {
            toolbar.add(new Span("View only"));
        }
        toolbar.addClassName("tutti-editor-toolbar");
        toolbar.setWidthFull();
        toolbar.setAlignItems(Alignment.CENTER);
        return toolbar;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        if (projectId != null) {
            subscription = broadcaster.subscribe(projectId, entry -> {
                if (!mySubmissions.remove(entry.clientOpId())) {
                    ui.access(() -> roll.applyRemote(entry.seq(), entry.op()));
                }
            });
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
    }

    private void submit(SubmittedOp submitted) {
        mySubmissions.add(submitted.clientOpId());
        try {
            long seq = edits.submit(projectId, submitted.clientOpId(), submitted.baseSeq(), submitted.op());
            roll.acknowledge(submitted.clientOpId(), seq);
        } catch (InvalidInputException | PermissionDeniedException | NotFoundException e) {
            mySubmissions.remove(submitted.clientOpId());
            roll.reject(submitted.clientOpId(), e.getMessage());
        }
    }

    @Override
    public String getPageTitle() {
        return title.getText().isEmpty() ? "Editor · Tutti" : title.getText() + " · Tutti";
    }
}
