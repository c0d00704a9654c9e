package app.tutti.history.service;

import app.tutti.base.domain.ProjectId;
import app.tutti.base.service.LocalListeners;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells every open editor of a project on this node its comment threads each time one is posted,
 * answered or resolved, after that commits, so the ruler and the comments panel follow live. Runs
 * on the committing thread; a UI listener hops onto its own UI.
 */
@Component
public class CommentFeed {

    private final LocalListeners<ProjectId, List<CommentThread>> listeners = new LocalListeners<>();

    /** Callers first read {@link CommentService#threads}, which checks that the user may see the project. */
    public LocalListeners.Subscription subscribe(ProjectId projectId, Consumer<List<CommentThread>> listener) {
        return listeners.subscribe(projectId, listener);
    }

    @TransactionalEventListener
    void onChanged(CommentsChanged changed) {
        listeners.publish(changed.projectId(), changed.threads());
    }
}
