package app.tutti.collab.ui;

import app.tutti.composition.domain.Track;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * TEMPORARY developer harness for the piano roll, to be deleted when the real EditorView is
 * wired. It is not a server: nothing is checked or stored, every edit is acknowledged at once
 * with the next number. {@code ?notes=10000} loads a bigger song to try the drawing speed.
 * Not in the side menu.
 */
@Route("sandbox/roll")
@PageTitle("Piano roll sandbox · Tutti")
@PermitAll
class RollSandboxView extends VerticalLayout implements BeforeEnterObserver {

    private static final int DEFAULT_NOTES = 300;
    private static final int MAX_NOTES = 20_000;

    final PianoRoll roll = new PianoRoll();
    private final AtomicLong seq = new AtomicLong();

    RollSandboxView() {
        setSizeFull();
        H2 title = new H2("Piano roll sandbox");
        Paragraph notice = new Paragraph("Developer harness, not the editor: edits stay in this tab, are accepted "
                + "at once and are not saved. Press ? on the roll for shortcuts.");
        notice.setId("sandbox-notice");
        roll.setId("roll");
        roll.setWidthFull();
        addAndExpand(roll);
        addComponentAsFirst(notice);
        addComponentAsFirst(title);
        roll.addSubmitListener(op -> roll.acknowledge(op.clientOpId(), seq.incrementAndGet()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        int notes = event.getLocation().getQueryParameters().getSingleParameter("notes")
                .flatMap(RollSandboxView::parse).orElse(DEFAULT_NOTES);
        Track piano = new Track(UUID.randomUUID(), 0, "Piano", 0, 0, "#4f7cff", 100, false, false);
        Track bass = new Track(UUID.randomUUID(), 1, "Bass", 32, 1, "#2fa37a", 100, false, false);
        seq.set(0);
        roll.load(new RollState(0, SandboxSong.TICKS_PER_QUARTER, 4, 4, 120, true, piano.id(), List.of(piano, bass),
                SandboxSong.notes(piano.id(), bass.id(), Math.min(notes, MAX_NOTES))));
    }

    private static java.util.Optional<Integer> parse(String value) {
        try {
            return java.util.Optional.of(Math.max(0, Integer.parseInt(value)));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }
}
