package app.tutti.collab.ui;

import app.tutti.collab.service.Presence;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The others in the project, one coloured circle with initials each. Clicking one makes the roll
 * follow that person's view and playhead; clicking again (or them leaving) stops following.
 */
class PresenceAvatars extends HorizontalLayout {

    private final PianoRoll roll;
    private @Nullable String following;

    PresenceAvatars(PianoRoll roll) {
        this.roll = roll;
        setId("presence");
        setSpacing(false);
        addClassName("tutti-presence");
        getElement().setAttribute("aria-label", "Also here");
    }

    void show(List<Presence> others) {
        removeAll();
        if (following != null && others.stream().noneMatch(p -> p.key().equals(following))) {
            follow(null);
        }
        for (Presence p : others) {
            Span avatar = new Span(p.initials());
            avatar.addClassName("tutti-avatar");
            avatar.getStyle().set("background", p.colour());
            boolean followed = p.key().equals(following);
            avatar.getElement().setAttribute("title", followed ? "Following " + p.name() + " (click to stop)"
                    : p.name() + " (click to follow)");
            avatar.getElement().setAttribute("data-name", p.name());
            avatar.getElement().setAttribute("role", "button");
            if (followed) {
                avatar.addClassName("following");
            }
            avatar.addClickListener(e -> {
                follow(Objects.equals(following, p.key()) ? null : p.key());
                show(others);
            });
            add(avatar);
        }
    }

    private void follow(@Nullable String key) {
        following = key;
        roll.follow(key);
    }
}
