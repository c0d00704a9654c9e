package app.tutti.history.service;

import app.tutti.base.domain.ProjectId;
import java.util.List;

/** A comment was posted, answered or resolved: the project's threads as they are now. */
record CommentsChanged(ProjectId projectId, List<CommentThread> threads) {

    CommentsChanged {
        threads = List.copyOf(threads);
    }
}
