package app.tutti.collab.ui;

import app.tutti.base.domain.NotFoundException;
import app.tutti.base.domain.PermissionDeniedException;
import app.tutti.collab.service.EditSessionService;
import app.tutti.collab.service.ProjectBroadcaster;
import app.tutti.collab.service.PublicSession;
import app.tutti.composition.service.PublicProject;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A project opened through its public read-only link: anyone with the link sees the roll, plays
 * it and watches edits arrive, without signing in. There is no member list and no toolbar, and
 * every edit the browser sends is refused.
 */
@Route(value = "listen/:token", autoLayout = false)
@AnonymousAllowed
public class ListenView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String READ_ONLY = "This is a read-only link; nothing can be changed here.";

    final PianoRoll roll = new PianoRoll();
    final H2 title = new H2();
    final Paragraph message = new Paragraph();

    private final EditSessionService edits;
    private final ProjectBroadcaster broadcaster;
    private final List<ListenPageSection> sections;
    private @Nullable PublicSession session;
    private ProjectBroadcaster.@Nullable Subscription subscription;

    ListenView(EditSessionService edits, ProjectBroadcaster broadcaster, List<ListenPageSection> sections) {
        this.edits = edits;
        this.broadcaster = broadcaster;
        this.sections = sections;
        setId("listen-view");
        addClassName("tutti-editor");
        // No app shell around this page (visitors are not signed in), so it sizes itself to the window.
        setWidthFull();
        setHeight("100vh");
        setPadding(false);
        setSpacing(false);
        roll.setSizeFull();
        roll.addSubmitListener(op -> {
            throw new PermissionDeniedException(READ_ONLY);
        });
        message.setId("listen-message");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String token = event.getRouteParameters().get("token").orElse("");
        try {
            session = edits.openByPublicLink(token);
        } catch (NotFoundException e) {
            message.setText(e.getMessage());
            add(new H2("This link cannot be opened"), message);
            return;
        }
        PublicProject shared = session.project();
        title.setText(shared.project().title());
        roll.load(RollState.of(shared.project(), shared.tempoMap().points(), shared.tracks(), session.document(),
                shared.tracks().getFirst().id()));
        HorizontalLayout header = new HorizontalLayout(title, new Span("Listening · read-only"));
        header.addClassName("tutti-editor-toolbar");
        header.setWidthFull();
        header.setAlignItems(Alignment.CENTER);
        add(header);
        sections.forEach(section -> add(section.create(token)));
        add(roll);
        setFlexGrow(1, roll);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        if (session != null) {
            subscription = broadcaster.subscribeBatches(session.project().project().id(), session.document().seq(),
                    entries -> ui.access(() -> entries.forEach(entry -> roll.applyRemote(entry.seq(), entry.op()))));
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
    }

    @Override
    public String getPageTitle() {
        return title.getText().isEmpty() ? "Tutti" : title.getText() + " · Tutti";
    }
}
