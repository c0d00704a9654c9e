package app.tutti.collab.service;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells the other nodes where this node's editors are, with {@code NOTIFY tutti_presence}. Changes
 * are collected per editor and sent every {@code presence-flush} (100 ms): an editor that moves
 * twenty times a second costs at most ten notifications a second, and the last position always
 * goes out. Every {@code presence-heartbeat} (3 s) each editor is sent again, so other nodes can
 * forget editors of a node that died (stopped sending). On shutdown every editor is sent as having left.
 */
@Component
@Conditional(PostgresFanOutCondition.class)
class PostgresPresenceNotifier implements SmartLifecycle {

    static final String CHANNEL = "tutti_presence";

    private static final int NOTICES_PER_STATEMENT = 100;

    private static final Logger log = LoggerFactory.getLogger(PostgresPresenceNotifier.class);

    private final PresenceRooms rooms;
    private final JdbcClient jdbc;
    private final Duration flush;
    private final Duration heartbeat;
    private final Map<String, PresenceShared> unsent = new ConcurrentHashMap<>();
    private volatile boolean running;
    private ScheduledExecutorService sender = newSender();

    PostgresPresenceNotifier(PresenceRooms rooms, JdbcClient jdbc,
            @Value("${tutti.cluster.presence-flush:100ms}") Duration flush,
            @Value("${tutti.cluster.presence-heartbeat:3s}") Duration heartbeat) {
        this.rooms = rooms;
        this.jdbc = jdbc;
        this.flush = flush;
        this.heartbeat = heartbeat;
    }

    private static ScheduledExecutorService newSender() {
        return Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("tutti-presence-sender").daemon()
                .factory());
    }

    @EventListener
    void share(PresenceShared change) {
        // A leave stays a leave: a heartbeat taken just before it must not bring the editor back.
        unsent.merge(change.key(), change, (old, now) -> old.left() ? old : now);
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        if (sender.isShutdown()) {
            sender = newSender();
        }
        sender.scheduleWithFixedDelay(this::send, flush.toMillis(), flush.toMillis(), TimeUnit.MILLISECONDS);
        sender.scheduleWithFixedDelay(rooms::announceAll, heartbeat.toMillis(), heartbeat.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** Stops sending heartbeats; other nodes then forget this node's editors after the expiry. */
    @Override
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        sender.shutdownNow();
        try {
            sender.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** On shutdown (after {@link #stop}): this node's editors leave the other nodes' rooms now, not at expiry. */
    @PreDestroy
    void leaveAll() {
        rooms.announceLeaving();
        send();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void send() {
        List<String> payloads = new ArrayList<>();
        for (String key : List.copyOf(unsent.keySet())) {
            PresenceShared change = unsent.remove(key);
            if (change != null && (change.left() || rooms.isLocal(change.project(), key))) {
                payloads.add(new PresenceNotice(change.project(), rooms.node(), key, change.presence()).payload());
            }
        }
        for (int from = 0; from < payloads.size(); from += NOTICES_PER_STATEMENT) {
            notify(payloads.subList(from, Math.min(payloads.size(), from + NOTICES_PER_STATEMENT)));
        }
    }

    /** All in one statement: with 200 editors a heartbeat is two round trips, not 200. */
    private void notify(List<String> payloads) {
        try {
            // One notice per editor key in a batch, so their order does not matter.
            jdbc.sql("SELECT pg_notify(:channel, p) FROM unnest(ARRAY[:payloads]::text[]) AS p")
                    .param("channel", CHANNEL)
                    .param("payloads", payloads)
                    .query((rs, row) -> row)
                    .list();
        } catch (RuntimeException e) {
            // Presence is transient: the next heartbeat sends it again, and this thread must go on.
            log.warn("Could not share presence with other nodes", e);
        }
    }
}
