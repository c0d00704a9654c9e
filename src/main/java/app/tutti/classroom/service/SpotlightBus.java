package app.tutti.classroom.service;

import app.tutti.classroom.domain.ClassId;
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
 * Tells every open class page of this node when the class's spotlight changes, after the change
 * commits. Listeners run on the committing thread; a UI listener hops onto its own UI.
 */
@Component
public class SpotlightBus {

    /** Stops the listener when closed. */
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    private static final Logger log = LoggerFactory.getLogger(SpotlightBus.class);

    private final Map<ClassId, Set<Consumer<Spotlight>>> listeners = new ConcurrentHashMap<>();

    /** Callers first read {@link SpotlightService#current}, which checks that the user is in the class. */
    public Subscription subscribe(ClassId classId, Consumer<Spotlight> listener) {
        listeners.computeIfAbsent(classId, id -> new CopyOnWriteArraySet<>()).add(listener);
        return () -> listeners.computeIfPresent(classId, (id, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    @TransactionalEventListener
    void onChanged(Spotlight spotlight) {
        for (Consumer<Spotlight> listener : listeners.getOrDefault(spotlight.classId(), Set.of())) {
            try {
                listener.accept(spotlight);
            } catch (RuntimeException e) {
                log.warn("A spotlight listener of class {} failed", spotlight.classId(), e);
            }
        }
    }
}
