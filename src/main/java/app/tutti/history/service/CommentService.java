package app.tutti.history.service;

import app.tutti.base.domain.NotFoundException;
import app.tutti.base.domain.ProjectId;
import app.tutti.history.domain.ProjectComment;
import app.tutti.history.domain.ProjectCommentRepository;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comments anchored to bar ranges. Everyone who can view a project reads, comments and replies
 * (a teacher or a listener may only view); resolving a thread needs the editor role.
 */
@Service
public class CommentService {

    private final ProjectCommentRepository comments;
    private final HistoryAccess access;
    private final ContributorNames names;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CommentService(ProjectCommentRepository comments, HistoryAccess access, ContributorNames names, Clock clock,
            ApplicationEventPublisher events) {
        this.comments = comments;
        this.access = access;
        this.names = names;
        this.clock = clock;
        this.events = events;
    }

    /** Open threads first, each group in the order of the bars they are about. */
    @Transactional(readOnly = true)
    public List<CommentThread> threads(ProjectId projectId) {
        access.readable(projectId);
        return threadsOf(projectId);
    }

    private List<CommentThread> threadsOf(ProjectId projectId) {
        var lookup = names.lookup(Map.of());
        Map<UUID, ProjectComment> roots = new LinkedHashMap<>();
        Map<UUID, List<CommentThread.Reply>> replies = new LinkedHashMap<>();
        for (ProjectComment comment : comments.findByProjectIdOrderByCreatedAt(projectId)) {
            if (comment.parentId() == null) {
                roots.put(comment.id(), comment);
            } else {
                replies.computeIfAbsent(comment.parentId(), id -> new ArrayList<>())
                        .add(new CommentThread.Reply(comment, lookup.userName(comment.author())));
            }
        }
        List<CommentThread> threads = new ArrayList<>();
        roots.values().forEach(root -> threads.add(new CommentThread(root, lookup.userName(root.author()),
                replies.getOrDefault(root.id(), List.of()),
                root.resolvedBy() == null ? "" : lookup.userName(root.resolvedBy()))));
        threads.sort(java.util.Comparator.comparing((CommentThread t) -> t.comment().resolved())
                .thenComparingInt(t -> t.comment().firstBar()));
        return threads;
    }

    @Transactional
    public ProjectComment comment(ProjectId projectId, int firstBar, int lastBar, String body) {
        access.readable(projectId);
        ProjectComment comment = new ProjectComment(UUID.randomUUID(), projectId, null, access.me(), firstBar, lastBar,
                body, clock.instant(), null, null);
        comments.insert(comment);
        changed(projectId);
        return comment;
    }

    @Transactional
    public ProjectComment reply(ProjectId projectId, UUID commentId, String body) {
        access.readable(projectId);
        ProjectComment thread = thread(projectId, commentId);
        ProjectComment reply = new ProjectComment(UUID.randomUUID(), projectId, thread.id(), access.me(),
                thread.firstBar(), thread.lastBar(), body, clock.instant(), null, null);
        comments.insert(reply);
        changed(projectId);
        return reply;
    }

    @Transactional
    public void resolve(ProjectId projectId, UUID commentId) {
        access.editable(projectId);
        comments.resolve(projectId, thread(projectId, commentId).id(), access.me(), clock.instant());
        changed(projectId);
    }

    /** Open editors (through {@link CommentFeed}) hear the threads once this transaction commits. */
    private void changed(ProjectId projectId) {
        events.publishEvent(new CommentsChanged(projectId, threadsOf(projectId)));
    }

    /** The thread's first comment (replying to a reply answers its thread). */
    private ProjectComment thread(ProjectId projectId, UUID commentId) {
        ProjectComment comment = comments.findById(projectId, commentId)
                .orElseThrow(() -> new NotFoundException("This comment does not exist."));
        return comment.parentId() == null ? comment : thread(projectId, comment.parentId());
    }
}
