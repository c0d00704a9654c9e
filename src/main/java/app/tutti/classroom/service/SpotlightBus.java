package app.tutti.classroom.service;

import app.tutti.base.service.LocalListeners;
import app.tutti.classroom.domain.ClassId;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells every open class page of this node when the class's spotlight changes, after the change
 * commits. Listeners run on the committing thread; a UI listener hops onto its own UI.
 */
@Component
public class SpotlightBus {

    /** Stops the listener when closed. */
    public interface Subscription extends LocalListeners.Subscription {
    }

    private final LocalListeners<ClassId, Spotlight> listeners = new LocalListeners<>();

    /** Callers first read {@link SpotlightService#current}, which checks that the user is in the class. */
    public Subscription subscribe(ClassId classId, Consumer<Spotlight> listener) {
        return listeners.subscribe(classId, listener)::close;
    }

    @TransactionalEventListener
    void onChanged(Spotlight spotlight) {
        listeners.publish(spotlight.classId(), spotlight);
    }
}
