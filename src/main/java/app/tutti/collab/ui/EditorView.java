package app.tutti.collab.ui;

import app.tutti.base.domain.InvalidInputException;
import app.tutti.base.domain.NotFoundException;
import app.tutti.base.domain.PermissionDeniedException;
import app.tutti.base.domain.ProjectId;
import app.tutti.collab.service.DocumentState;
import app.tutti.collab.service.PresenceRooms;
import app.tutti.collab.service.ProjectBroadcaster;
import app.tutti.collab.domain.OpLogEntry;
import app.tutti.collab.service.EditSessionService;
import app.tutti.composition.domain.Project;
import app.tutti.composition.domain.ProjectSummary;
import app.tutti.composition.domain.Track;
import app.tutti.composition.service.ProjectService;
import app.tutti.sharing.domain.ProjectRole;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
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
// Toolbar items of other features build their dialogs at run time, out of sight of the production
// bundle's scan, which would leave out components no other route of the editor's chunk uses.
@Uses(TextArea.class)
public class EditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final PianoRoll roll = new PianoRoll();
    final H2 title = new H2();

    private final EditSessionService edits;
    private final ProjectService projects;
    private final List<EditorToolbarItem> toolbarItems;
    private final ProjectBroadcaster broadcaster;
    private final Set<UUID> mySubmissions = ConcurrentHashMap.newKeySet();
    private @Nullable ProjectId projectId;
    private long loadedSeq;
    private ProjectBroadcaster.@Nullable Subscription subscription;

    final Select<Track> activeTrack = new Select<>();
    final Button tracksButton = new Button("Tracks", VaadinIcon.LIST.create());

    private final TrackEditing trackEditing;
    private final PresenceRooms presence;
    private final PresenceAvatars avatars = new PresenceAvatars(roll);
    private PresenceRooms.@Nullable Membership membership;
    private @Nullable Registration presenceRegistration;

    EditorView(EditSessionService edits, ProjectService projects, List<EditorToolbarItem> toolbarItems,
            ProjectBroadcaster broadcaster, TrackEditing trackEditing, PresenceRooms presence) {
        this.presence = presence;
        this.edits = edits;
        this.projects = projects;
        this.toolbarItems = toolbarItems;
        this.broadcaster = broadcaster;
        this.trackEditing = trackEditing;
        activeTrack.setId("active-track");
        activeTrack.setAriaLabel("Track to edit");
        activeTrack.setItemLabelGenerator(Track::name);
        activeTrack.addValueChangeListener(e -> {
            if (e.getValue() != null && e.isFromClient()) {
                roll.setActiveTrack(e.getValue().id());
            }
        });
        tracksButton.setId("tracks-button");
        tracksButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
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
        projectId = id;
        ProjectSummary summary = projects.get(id);
        RollState state = state(summary, id);
        title.setText(summary.project().title());
        roll.load(state);
        loadedSeq = state.seq();
        removeAll();
        add(toolbar(id, summary.role()), roll);
        setFlexGrow(1, roll);
        showActiveTrack(state);
    }

    /** Everything the roll shows, read fresh: settings, tracks and the notes at the log's head. */
    private RollState state(ProjectSummary summary, ProjectId id) {
        Project project = summary.project();
        List<Track> tracks = projects.tracksOf(id);
        DocumentState document = edits.open(id);
        Track active = activeTrack.getValue();
        UUID activeId = active != null && tracks.stream().anyMatch(t -> t.id().equals(active.id())) ? active.id()
                : tracks.getFirst().id();
        return RollState.of(project, projects.tempoMap(id).points(), tracks, document, activeId);
    }

    /** After a track was added, changed or removed: the roll and the track picker show it. */
    private void tracksChanged(ProjectId id) {
        RollState state = state(projects.get(id), id);
        showActiveTrack(state);
        roll.load(state);
    }

    private void showActiveTrack(RollState state) {
        activeTrack.setItems(state.tracks());
        state.tracks().stream().filter(t -> t.id().equals(state.activeTrackId())).findFirst()
                .ifPresent(activeTrack::setValue);
    }

    private HorizontalLayout toolbar(ProjectId id, ProjectRole role) {
        Anchor settings = new Anchor("projects/" + id + "/settings", "");
        settings.add(VaadinIcon.COG.create(), new Span(" Settings"));
        settings.addClassName("tutti-toolbar-link");
        boolean editable = role.includes(ProjectRole.EDITOR);
        tracksButton.addClickListener(e -> trackEditing.dialog(id, editable, () -> tracksChanged(id)).open());
        HorizontalLayout toolbar = new HorizontalLayout(title, avatars, activeTrack, tracksButton);
        toolbarItems.forEach(item -> toolbar.add(item.create(id, roll)));
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
            membership = presence.join(projectId, change -> ui.access(() -> {
                avatars.show(change.others());
                roll.showPresence(change);
            }));
            presenceRegistration = roll.addPresenceListener(p -> membership.update(p.playhead(), p.viewTick(),
                    p.selectionOrEmpty(), p.draggingOrEmpty()));
            // Ops committed together (a group commit's) reach the browser in one push, not one each.
            subscription = broadcaster.subscribeBatches(projectId, loadedSeq, entries -> {
                List<OpLogEntry> others = entries.stream()
                        .filter(entry -> !mySubmissions.remove(entry.clientOpId()))
                        .toList();
                if (!others.isEmpty()) {
                    ui.access(() -> others.forEach(entry -> roll.applyRemote(entry.seq(), entry.op())));
                }
            });
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (presenceRegistration != null) {
            presenceRegistration.remove();
            presenceRegistration = null;
        }
        if (membership != null) {
            membership.close();
            membership = null;
        }
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
    }

    private void submit(SubmittedOp submitted) {
        mySubmissions.add(submitted.clientOpId());
        try {
            long seq = edits.submitLive(projectId, submitted.clientOpId(), submitted.baseSeq(), submitted.op());
            roll.acknowledge(submitted.clientOpId(), seq, submitted.op());
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
