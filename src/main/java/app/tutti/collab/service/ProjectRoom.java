package app.tutti.collab.service;

import app.tutti.base.domain.ProjectId;
import app.tutti.collab.domain.OpLogEntry;
import app.tutti.collab.domain.OpLogRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open editors of one project in this node. Each listener remembers the last sequence number
 * it was given and gets every later operation exactly once, in order, however the news arrives
 * (this node's commit, a notification from another node, a periodic catch-up): what a listener
 * lacks is read from the log, which holds every committed operation. All delivery for a project
 * runs under this room's lock, and a listener only ever gets the number after its own.
 * <p>
 * The log is read <em>before</em> taking the lock, never while holding it: a committing edit
 * delivers from its after-commit phase, still holding its database connection, and waits here
 * for the lock; a holder that then asked the pool for a connection could wait for ever for
 * connections held by edits waiting for it.
 */
final class ProjectRoom {

    static final class Listener {
        private final Consumer<List<OpLogEntry>> consumer;
        private long delivered;

        Listener(Consumer<List<OpLogEntry>> consumer, long delivered) {
            this.consumer = consumer;
            this.delivered = delivered;
        }
    }

    private static final Logger log = LoggerFactory.getLogger(ProjectRoom.class);

    private final ProjectId projectId;
    private final OpLogRepository opLog;
    private final Set<Listener> listeners = new CopyOnWriteArraySet<>();

    ProjectRoom(ProjectId projectId, OpLogRepository opLog) {
        this.projectId = projectId;
        this.opLog = opLog;
    }

    /** Adds a listener that has seen everything up to {@code afterSeq}; {@link #catchUp} gives it the rest. */
    synchronized Listener add(Consumer<List<OpLogEntry>> consumer, long afterSeq) {
        Listener listener = new Listener(consumer, afterSeq);
        listeners.add(listener);
        return listener;
    }

    /** Delivers everything in the log that some listener has not had yet. */
    void catchUp() {
        deliverUpTo(Long.MAX_VALUE, List.of());
    }

    synchronized boolean remove(Listener listener) {
        listeners.remove(listener);
        return listeners.isEmpty();
    }

    synchronized boolean isEmpty() {
        return listeners.isEmpty();
    }

    /**
     * Brings every listener up to at least {@code seq}. {@code known} are consecutive entries up
     * to that number (one commit's), which saves reading the log when nobody is further behind.
     * Each listener gets what it lacks in one call, so a batch of operations costs it one push.
     */
    void deliverUpTo(long seq, List<OpLogEntry> known) {
        long behind = behind(seq);
        if (behind >= seq) {
            return;
        }
        // A listener that joins while this runs, further behind, is caught up by its own subscription.
        List<OpLogEntry> missing = !known.isEmpty() && known.getFirst().seq() <= behind + 1 ? known
                : opLog.findByProjectIdAfterSeqOrderBySeq(projectId, behind);
        synchronized (this) {
            listeners.forEach(listener -> deliver(listener, missing));
        }
    }

    /** The lowest sequence number any listener has, or {@code ifNone} without listeners. */
    private synchronized long behind(long ifNone) {
        return listeners.stream().mapToLong(l -> l.delivered).min().orElse(ifNone);
    }

    /** The lowest sequence number every listener has; new operations come after it. */
    long deliveredToAll() {
        return behind(Long.MAX_VALUE);
    }

    /** Gives the listener the entries right after the last one it had, if {@code entries} has any. */
    private void deliver(Listener listener, List<OpLogEntry> entries) {
        List<OpLogEntry> next = new ArrayList<>();
        for (OpLogEntry entry : entries) {
            if (entry.seq() == listener.delivered + next.size() + 1) {
                next.add(entry);
            }
        }
        if (next.isEmpty()) {
            return;
        }
        listener.delivered = next.getLast().seq();
        try {
            listener.consumer.accept(List.copyOf(next));
        } catch (RuntimeException e) {
            log.warn("A listener of project {} failed on ops up to {}", projectId, listener.delivered, e);
        }
    }
}
