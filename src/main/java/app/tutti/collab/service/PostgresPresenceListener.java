package app.tutti.collab.service;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * Hears where the editors on other nodes are ({@code LISTEN tutti_presence}, sent by their
 * {@link PostgresPresenceNotifier}) and puts them into this node's {@link PresenceRooms}. Once a
 * second it forgets those whose node stopped refreshing them. Its own node's notices come back
 * too and are ignored.
 */
@Component
@Conditional(PostgresFanOutCondition.class)
class PostgresPresenceListener implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PostgresPresenceListener.class);

    private final PresenceRooms rooms;
    private final PostgresChannelListener listener;

    PostgresPresenceListener(PresenceRooms rooms, ClusterDatabase database) {
        this.rooms = rooms;
        this.listener = new PostgresChannelListener(PostgresPresenceNotifier.CHANNEL,
                database, Duration.ofSeconds(1),
                rooms::expireRemote, this::handle);
    }

    @Override
    public void start() {
        listener.start();
    }

    @Override
    public void stop() {
        listener.stop();
    }

    @Override
    public boolean isRunning() {
        return listener.isRunning();
    }

    private void handle(String payload) {
        if (PresenceNotice.isFrom(payload, rooms.node())) {
            return;
        }
        PresenceNotice.parse(payload).ifPresentOrElse(
                notice -> rooms.heard(notice.project(), notice.key(), notice.presence()),
                () -> log.warn("Ignored a malformed presence notification"));
    }
}
