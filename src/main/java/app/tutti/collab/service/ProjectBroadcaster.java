package app.tutti.collab.service;

import app.tutti.base.domain.ProjectId;
import app.tutti.collab.domain.OpLogEntry;
import app.tutti.collab.domain.OpLogRepository;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells every open editor of a project in this node about each committed operation, exactly once
 * and in sequence order. News comes from this node's commits (after commit, on the committing
 * thread) and, with several nodes, from {@link PostgresOpListener}; either way a listener also
 * gets any earlier operation it missed, read from the log. A UI listener must hop onto its own UI
 * (for Vaadin: {@code ui.access}). A failing listener does not stop the others.
 */
@Component
public class ProjectBroadcaster {

    /** Removes the listener when closed. */
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    private final OpLogRepository opLog;
    private final Map<ProjectId, ProjectRoom> rooms = new ConcurrentHashMap<>();

    ProjectBroadcaster(OpLogRepository opLog) {
        this.opLog = opLog;
    }

    /** Listens from now on: operations after the project's current head. */
    public Subscription subscribe(ProjectId projectId, Consumer<OpLogEntry> listener) {
        return subscribe(projectId, opLog.findHeadSeq(projectId), listener);
    }

    /**
     * Listens to every operation after {@code afterSeq} (the sequence number of the state the
     * listener already shows); operations committed since then are delivered at once.
     */
    public Subscription subscribe(ProjectId projectId, long afterSeq, Consumer<OpLogEntry> listener) {
        return subscribeBatches(projectId, afterSeq, entries -> entries.forEach(listener));
    }

    /**
     * Like {@link #subscribe(ProjectId, long, Consumer)}, but operations that arrive together (one
     * group commit's, or what a listener missed) come in one call, consecutive and in order: a UI
     * can show them all in one push.
     */
    public Subscription subscribeBatches(ProjectId projectId, long afterSeq, Consumer<List<OpLogEntry>> listener) {
        while (true) {
            ProjectRoom room = rooms.computeIfAbsent(projectId, id -> new ProjectRoom(id, opLog));
            ProjectRoom.Listener added = room.add(listener, afterSeq);
            if (rooms.get(projectId) == room) {
                room.catchUp();
                return () -> leave(projectId, room, added);
            }
            room.remove(added);
        }
    }

    private void leave(ProjectId projectId, ProjectRoom room, ProjectRoom.Listener listener) {
        if (room.remove(listener)) {
            rooms.computeIfPresent(projectId, (id, current) -> current == room && room.isEmpty() ? null : current);
        }
    }

    @TransactionalEventListener
    void onCommitted(OpsCommitted committed) {
        ProjectRoom room = rooms.get(committed.projectId());
        if (room != null) {
            room.deliverUpTo(committed.entries().getLast().seq(), committed.entries());
        }
    }

    /** Another node committed {@code seq} in the project: local listeners get what they lack up to it. */
    void catchUp(ProjectId projectId, long seq) {
        ProjectRoom room = rooms.get(projectId);
        if (room != null) {
            room.deliverUpTo(seq, List.of());
        }
    }

    /** Compares every open project with the log's head and delivers what is missing (lost notifications). */
    void catchUpAll() {
        opLog.findHeadSeqs(rooms.keySet()).forEach((projectId, head) -> {
            ProjectRoom room = rooms.get(projectId);
            if (room != null && room.deliveredToAll() < head) {
                room.deliverUpTo(head, List.of());
            }
        });
    }
}
