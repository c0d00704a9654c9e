package app.tutti.base.service;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listeners per key (a project, a class) in this node's memory. {@link #publish} runs each of the
 * key's listeners on the calling thread (a UI listener hops onto its own UI); a failing listener
 * does not stop the others.
 */
public final class LocalListeners<K, E> {

    /** Removes the listener when closed. */
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    private static final Logger log = LoggerFactory.getLogger(LocalListeners.class);

    private final Map<K, Set<Consumer<E>>> listeners = new ConcurrentHashMap<>();

    public Subscription subscribe(K key, Consumer<E> listener) {
        listeners.computeIfAbsent(key, k -> new CopyOnWriteArraySet<>()).add(listener);
        return () -> listeners.computeIfPresent(key, (k, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    public void publish(K key, E event) {
        for (Consumer<E> listener : listeners.getOrDefault(key, Set.of())) {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                log.warn("A listener of {} failed", key, e);
            }
        }
    }
}
