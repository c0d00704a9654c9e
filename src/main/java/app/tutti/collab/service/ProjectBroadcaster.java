package app.tutti.collab.service;

import app.tutti.base.domain.ProjectId;
import app.tutti.collab.domain.OpLogEntry;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells every open editor of a project about each committed operation, in this node. Listeners
 * are called after commit, on the committing thread; a UI listener must hop onto its own UI
 * (for Vaadin: {@code ui.access}). A failing listener does not stop the others.
 */
@Component
public class ProjectBroadcaster {

    /** Removes the listener when closed. */
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    private static final Logger log = LoggerFactory.getLogger(ProjectBroadcaster.class);

    private final Map<ProjectId, Set<Consumer<OpLogEntry>>> listeners = new ConcurrentHashMap<>();

    public Subscription subscribe(ProjectId projectId, Consumer<OpLogEntry> listener) {
        listeners.computeIfAbsent(projectId, id -> new CopyOnWriteArraySet<>()).add(listener);
        return () -> listeners.computeIfPresent(projectId, (id, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    @TransactionalEventListener
    void onCommitted(OpCommitted committed) {
        OpLogEntry entry = committed.entry();
        for (Consumer<OpLogEntry> listener : listeners.getOrDefault(entry.projectId(), Set.of())) {
            try {
                listener.accept(entry);
            } catch (RuntimeException e) {
                log.warn("A listener of project {} failed on op {}", entry.projectId(), entry.seq(), e);
            }
        }
    }
}
