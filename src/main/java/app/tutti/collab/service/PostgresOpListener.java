package app.tutti.collab.service;

import app.tutti.base.domain.ProjectId;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
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
    private static final int POLL_MILLIS = 500;

    private final ProjectBroadcaster broadcaster;
    private final String url;
    private final String username;
    private final String password;
    private final Duration catchUpInterval;
    private volatile boolean running;
    private @Nullable Thread thread;

    PostgresOpListener(ProjectBroadcaster broadcaster, @Value("${spring.datasource.url}") String url,
            @Value("${spring.datasource.username:}") String username,
            @Value("${spring.datasource.password:}") String password,
            @Value("${tutti.cluster.catch-up-interval:5s}") Duration catchUpInterval) {
        this.broadcaster = broadcaster;
        this.url = url;
        this.username = username;
        this.password = password;
        this.catchUpInterval = catchUpInterval;
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = Thread.ofPlatform().name("tutti-op-listener").daemon().start(this::run);
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (thread != null) {
            try {
                thread.join(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        while (running) {
            try (Connection connection = DriverManager.getConnection(url, username, password)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + PostgresOpNotifier.CHANNEL);
                }
                log.info("Listening for operations of other nodes");
                listen(connection.unwrap(PGConnection.class));
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    log.warn("Lost the connection that hears other nodes' operations; reconnecting", e);
                    pause();
                }
            }
        }
    }

    private void listen(PGConnection connection) throws SQLException {
        long interval = catchUpInterval.toNanos();
        long lastCatchUp = System.nanoTime() - interval;
        while (running) {
            if (System.nanoTime() - lastCatchUp >= interval) {
                broadcaster.catchUpAll();
                lastCatchUp = System.nanoTime();
            }
            PGNotification[] notifications = connection.getNotifications(POLL_MILLIS);
            if (notifications != null) {
                for (PGNotification notification : notifications) {
                    handle(notification.getParameter());
                }
            }
        }
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

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
