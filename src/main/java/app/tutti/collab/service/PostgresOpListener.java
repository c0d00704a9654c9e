package app.tutti.collab.service;

import app.tutti.base.domain.ProjectId;
import java.time.Duration;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * Hears the operations other nodes commit. One thread holds its own connection (outside the pool)
 * with {@code LISTEN tutti_ops}; for each notification it asks {@link ProjectBroadcaster} to bring
 * local listeners of that project up to the notified sequence number, reading the log. Because
 * notifications can be lost (dropped connection, node restart), it also compares every open
 * project with the log's head after each (re)connect and every {@code catch-up-interval}. If the
 * connection drops, it reconnects after a pause.
 */
@Component
@Conditional(PostgresFanOutCondition.class)
class PostgresOpListener implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PostgresOpListener.class);

    private final ProjectBroadcaster broadcaster;
    private final PostgresChannelListener listener;

    PostgresOpListener(ProjectBroadcaster broadcaster, ClusterDatabase database,
            @Value("${tutti.cluster.catch-up-interval:5s}") Duration catchUpInterval) {
        this.broadcaster = broadcaster;
        this.listener = new PostgresChannelListener(PostgresOpNotifier.CHANNEL,
                database, catchUpInterval,
                broadcaster::catchUpAll, this::handle);
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
        int colon = payload.lastIndexOf(':');
        var project = colon < 0 ? Optional.<ProjectId>empty() : ProjectId.parse(payload.substring(0, colon));
        try {
            broadcaster.catchUp(project.orElseThrow(), Long.parseLong(payload.substring(colon + 1)));
        } catch (NoSuchElementException | NumberFormatException e) {
            log.warn("Ignored a malformed operation notification: {}", payload);
        }
    }
}
