package app.tutti.history.ui;

import app.tutti.base.domain.ProjectId;
import app.tutti.collab.ui.EditorToolbarItem;
import app.tutti.collab.ui.PianoRoll;
import app.tutti.composition.service.ProjectService;
import app.tutti.history.service.CommentFeed;
import app.tutti.history.service.CommentService;
import app.tutti.sharing.domain.ProjectRole;
import com.vaadin.flow.component.Component;
import org.springframework.core.annotation.Order;

/** "Comments" in the editor: the threads beside the roll, and open threads as marks in its ruler. */
@org.springframework.stereotype.Component
@Order(32)
class CommentsToolbarItem implements EditorToolbarItem {

    private final CommentService comments;
    private final CommentFeed feed;
    private final ProjectService projects;

    CommentsToolbarItem(CommentService comments, CommentFeed feed, ProjectService projects) {
        this.comments = comments;
        this.feed = feed;
        this.projects = projects;
    }

    @Override
    public Component create(ProjectId projectId) {
        return new CommentsButton(projectId, comments, feed, null, canResolve(projectId));
    }

    @Override
    public Component create(ProjectId projectId, PianoRoll roll) {
        return new CommentsButton(projectId, comments, feed, roll, canResolve(projectId));
    }

    private boolean canResolve(ProjectId projectId) {
        return projects.get(projectId).role().includes(ProjectRole.EDITOR);
    }
}
