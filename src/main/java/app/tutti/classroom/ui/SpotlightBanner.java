package app.tutti.classroom.ui;

import app.tutti.classroom.service.Spotlight;
import app.tutti.classroom.service.SpotlightBus;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.jspecify.annotations.Nullable;

/**
 * The class's spotlight: a link that opens the highlighted copy read-only. Changes arrive live while
 * the class page is open.
 */
class SpotlightBanner extends Div {

    private final SpotlightBus bus;
    private SpotlightBus.@Nullable Subscription subscription;
    private Spotlight spotlight;

    SpotlightBanner(Spotlight spotlight, SpotlightBus bus) {
        this.bus = bus;
        this.spotlight = spotlight;
        setId("spotlight");
        addClassName("tutti-spotlight");
        getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set("background", "var(--lumo-primary-color-10pct)");
        show(spotlight);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        subscription = bus.subscribe(spotlight.classId(), changed -> ui.access(() -> show(changed)));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
    }

    void show(Spotlight changed) {
        spotlight = changed;
        removeAll();
        setVisible(changed.shown());
        if (changed.shown()) {
            Anchor open = new Anchor("projects/" + changed.project(), changed.title());
            open.setId("spotlight-link");
            add(VaadinIcon.STAR.create(), new Span(" In the spotlight: "), open);
        }
    }
}
