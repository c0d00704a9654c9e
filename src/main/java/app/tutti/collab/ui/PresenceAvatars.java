package app.tutti.collab.ui;

import app.tutti.collab.service.Presence;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The others in the project, one coloured circle with initials each. Clicking one makes the roll
 * follow that person's view and playhead; clicking again (or them leaving) stops following. The
 * circles are rebuilt only when who is here (or whom this editor follows) changes, not on each
 * move of someone's playhead or selection: every rebuild goes to the browser as new elements.
 */
class PresenceAvatars extends HorizontalLayout {

    /** What the circles show of a person. */
    private record Shown(String key, String name, String initials, String colour) {
        static Shown of(Presence p) {
            return new Shown(p.key(), p.name(), p.initials(), p.colour());
        }
    }

    private final PianoRoll roll;
    private @Nullable String following;
    private List<Shown> shown = List.of();
    private @Nullable String shownFollowing;

    PresenceAvatars(PianoRoll roll) {
        this.roll = roll;
        setId("presence");
        setSpacing(false);
        addClassName("tutti-presence");
        getElement().setAttribute("aria-label", "Also here");
    }

    void show(List<Presence> others) {
        if (following != null && others.stream().noneMatch(p -> p.key().equals(following))) {
            follow(null);
        }
        List<Shown> now = others.stream().map(Shown::of).toList();
        if (now.equals(shown) && Objects.equals(following, shownFollowing)) {
            return;
        }
        shown = now;
        shownFollowing = following;
        removeAll();
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
