package app.tutti.history.ui;

import app.tutti.base.domain.ProjectId;
import app.tutti.base.service.LocalListeners;
import app.tutti.collab.ui.PianoRoll;
import app.tutti.history.service.CommentFeed;
import app.tutti.history.service.CommentService;
import app.tutti.history.service.CommentThread;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * "Comments" in the editor: opens the threads beside the roll. While the editor is open, each
 * open thread is a mark over its bars in the roll's ruler, kept up to date as comments are
 * posted and resolved (on this node); clicking a mark opens its thread.
 */
class CommentsButton extends Button {

    private final ProjectId projectId;
    private final CommentService comments;
    private final CommentFeed feed;
    private final @Nullable PianoRoll roll;
    private final boolean canResolve;
    private @Nullable CommentsPanel panel;
    private LocalListeners.@Nullable Subscription subscription;
    private @Nullable Registration markClicks;

    CommentsButton(ProjectId projectId, CommentService comments, CommentFeed feed, @Nullable PianoRoll roll,
            boolean canResolve) {
        super("Comments", VaadinIcon.COMMENTS_O.create());
        this.projectId = projectId;
        this.comments = comments;
        this.feed = feed;
        this.roll = roll;
        this.canResolve = canResolve;
        setId("comments-button");
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addClickListener(e -> panel());
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        show(comments.threads(projectId));
        subscription = feed.subscribe(projectId, threads -> ui.access(() -> show(threads)));
        if (roll != null) {
            markClicks = roll.addRulerMarkClickListener(id -> panel().focus(id));
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
        if (markClicks != null) {
            markClicks.remove();
            markClicks = null;
        }
    }

    private void show(List<CommentThread> threads) {
        if (roll != null) {
            roll.showRulerMarks(CommentMarks.of(threads));
        }
        if (panel != null) {
            panel.show(threads);
        }
    }

    /** The editor's one comments panel, opened. */
    CommentsPanel panel() {
        if (panel == null) {
            panel = new CommentsPanel(projectId, comments, canResolve);
        }
        if (!panel.isOpened()) {
            panel.open();
        }
        return panel;
    }
}
