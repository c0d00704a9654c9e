package app.tutti.collab.service;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One thread with its own connection (outside the pool) that runs {@code LISTEN channel} and hands
 * each notification's payload to a handler. It also runs a periodic task: right after every
 * (re)connect, then every {@code tickInterval}. If the connection drops, it reconnects after a
 * second. The cross-node listeners ({@link PostgresOpListener}, {@link PostgresPresenceListener})
 * each own one.
 */
final class PostgresChannelListener {

    private static final Logger log = LoggerFactory.getLogger(PostgresChannelListener.class);
    private static final int POLL_MILLIS = 500;

    private final String channel;
    private final ClusterDatabase database;
    private final Duration tickInterval;
    private final Runnable tick;
    private final Consumer<String> handler;
    private volatile boolean running;
    private @Nullable Thread thread;

    PostgresChannelListener(String channel, ClusterDatabase database, Duration tickInterval, Runnable tick,
            Consumer<String> handler) {
        this.channel = channel;
        this.database = database;
        this.tickInterval = tickInterval;
        this.tick = tick;
        this.handler = handler;
    }

    synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = Thread.ofPlatform().name("tutti-listen-" + channel).daemon().start(this::run);
    }

    synchronized void stop() {
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

    boolean isRunning() {
        return running;
    }

    private void run() {
        while (running) {
            try (Connection connection = DriverManager.getConnection(database.url(), database.username(),
                    database.password())) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + channel);
                }
                log.info("Listening to other nodes on {}", channel);
                listen(connection.unwrap(PGConnection.class));
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    log.warn("Lost the connection that listens to other nodes on {}; reconnecting", channel, e);
                    pause();
                }
            }
        }
    }

    private void listen(PGConnection connection) throws SQLException {
        long interval = tickInterval.toNanos();
        long lastTick = System.nanoTime() - interval;
        while (running) {
            if (System.nanoTime() - lastTick >= interval) {
                tick.run();
                lastTick = System.nanoTime();
            }
            PGNotification[] notifications = connection.getNotifications(POLL_MILLIS);
            if (notifications != null) {
                for (PGNotification notification : notifications) {
                    handler.accept(notification.getParameter());
                }
            }
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
