package app.tutti.collab.service;

import app.tutti.base.domain.ProjectId;
import app.tutti.base.security.AppUser;
import app.tutti.base.security.CurrentUser;
import app.tutti.composition.domain.Note;
import app.tutti.sharing.domain.ProjectRole;
import app.tutti.sharing.service.ProjectAccess;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import jakarta.annotation.PreDestroy;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Who has a project open, and where they are. Each open editor on this node joins its project's
 * room and hears, after every change, everyone else in the room: the other editors on this node
 * and those heard from other nodes ({@link #heard}, with PostgreSQL). Presence is transient: it
 * lives in memory, is never stored, and disappears when the editor leaves (detach) or its session
 * ends, or, for an editor on another node, when that node stops refreshing it. The browser
 * throttles its updates (about 20 per second while something moves); each room coalesces them
 * further ({@link PresenceRoom}): at most one push per member per push interval (50 ms), with only
 * who joined or moved.
 */
@Component
public class PresenceRooms {

    private static final String[] COLOURS = {"#d1495b", "#00798c", "#edae49", "#6a4c93", "#2e933c", "#e07a5f",
        "#3d5a80", "#c44536", "#8a5a44", "#1b998b"};

    /** Removes the editor from its room when closed. */
    public interface Membership extends AutoCloseable {
        /** Shares where this editor is now. */
        void update(long playhead, long viewTick, List<String> selection, List<Note> dragging);

        @Override
        void close();
    }

    private final Map<ProjectId, PresenceRoom> rooms = new ConcurrentHashMap<>();
    private final RemotePresences remote;
    private final String node = UUID.randomUUID().toString();
    private final ProjectAccess access;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Duration pushInterval;
    private final @Nullable ScheduledExecutorService pushes;

    PresenceRooms(ProjectAccess access, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock,
            @Value("${tutti.cluster.presence-expiry:10s}") Duration expiry,
            @Value("${tutti.presence.push-interval:50ms}") Duration pushInterval) {
        this.access = access;
        this.currentUser = currentUser;
        this.events = events;
        this.remote = new RemotePresences(clock, expiry);
        this.pushInterval = pushInterval;
        this.pushes = pushInterval.isZero() ? null : Executors.newScheduledThreadPool(2,
                Thread.ofPlatform().name("presence-push-", 0).daemon().factory());
    }

    @PreDestroy
    void stop() {
        if (pushes != null) {
            pushes.shutdownNow();
        }
    }

    /**
     * Joins the project's room as the current user (who must be allowed to view it). The listener
     * hears the others in the room now and, at most once per push interval, who joined, moved or
     * left meanwhile; it must hop onto its own UI.
     */
    public Membership join(ProjectId projectId, Consumer<PresenceChange> listener) {
        AppUser user = currentUser.require();
        access.require(projectId, user.userId(), ProjectRole.VIEWER);
        String key = UUID.randomUUID().toString();
        Presence self = new Presence(key, user.displayName(), initials(user.displayName()), colourOf(user),
                0, 0, List.of(), List.of());
        PresenceRoom joined = rooms.compute(projectId, (id, room) -> {
            PresenceRoom r = room == null ? newRoom(projectId) : room;
            r.join(self, listener);
            return r;
        });
        shared(projectId, key, self);
        joined.requestFlush();
        return new Membership() {
            @Override
            public void update(long playhead, long viewTick, List<String> selection, List<Note> dragging) {
                PresenceRoom room = rooms.get(projectId);
                Presence moved = room == null ? null
                        : room.move(key, p -> p.moved(playhead, viewTick, selection, dragging));
                if (moved != null) {
                    shared(projectId, key, moved);
                    room.requestFlush();
                }
            }

            @Override
            public void close() {
                PresenceRoom[] left = {null};
                rooms.computeIfPresent(projectId, (id, room) -> {
                    room.leave(key);
                    left[0] = room;
                    return room.isEmpty() ? null : room;
                });
                shared(projectId, key, null);
                if (left[0] != null) {
                    left[0].requestFlush();
                }
            }
        };
    }

    /** Everyone in the project's room as this node knows it: its own editors and those on other nodes. */
    public List<Presence> in(ProjectId projectId) {
        PresenceRoom room = rooms.get(projectId);
        List<Presence> here = room == null ? List.of() : room.presences();
        return Stream.concat(here.stream(), remote.in(projectId).stream()).toList();
    }

    /** Tells this node apart from the others in presence notices. */
    String node() {
        return node;
    }

    boolean isLocal(ProjectId projectId, String key) {
        PresenceRoom room = rooms.get(projectId);
        return room != null && room.contains(key);
    }

    /**
     * An editor on another node joined or moved, or left ({@code presence} null). A newcomer makes
     * this node announce its own editors of the project at once, so both sides see each other
     * without waiting for a heartbeat.
     */
    void heard(ProjectId projectId, String key, @Nullable Presence presence) {
        if (isLocal(projectId, key)) {
            return;
        }
        if (presence == null) {
            if (remote.remove(projectId, key)) {
                hearRemote(projectId, key);
            }
            return;
        }
        boolean newcomer = remote.put(projectId, presence);
        hearRemote(projectId, key);
        if (newcomer) {
            local(projectId).forEach(p -> events.publishEvent(new PresenceShared(projectId, p.key(), p)));
        }
    }

    /** Forgets editors of other nodes that were not refreshed in time. */
    void expireRemote() {
        remote.expire().forEach(projectId -> {
            PresenceRoom room = rooms.get(projectId);
            if (room != null) {
                room.resyncAll();
                room.requestFlush();
            }
        });
    }

    /** Shares every editor on this node again (the heartbeat that keeps them alive on other nodes). */
    void announceAll() {
        rooms.forEach((projectId, room) -> room.presences().forEach(
                p -> events.publishEvent(new PresenceShared(projectId, p.key(), p))));
    }

    /** Tells the other nodes that every editor here left: this node is shutting down. */
    void announceLeaving() {
        rooms.forEach((projectId, room) -> room.presences().forEach(
                p -> events.publishEvent(new PresenceShared(projectId, p.key(), null))));
    }

    private PresenceRoom newRoom(ProjectId projectId) {
        return new PresenceRoom(() -> remote.in(projectId), flush -> {
            if (pushes == null) {
                flush.run();
            } else {
                pushes.schedule(flush, pushInterval.toNanos(), TimeUnit.NANOSECONDS);
            }
        });
    }

    private List<Presence> local(ProjectId projectId) {
        PresenceRoom room = rooms.get(projectId);
        return room == null ? List.of() : room.presences();
    }

    private void hearRemote(ProjectId projectId, String key) {
        PresenceRoom room = rooms.get(projectId);
        if (room != null) {
            room.heardRemote(key);
            room.requestFlush();
        }
    }

    private void shared(ProjectId projectId, String key, @Nullable Presence presence) {
        events.publishEvent(new PresenceShared(projectId, key, presence));
    }

    /** The same colour for a user everywhere, from a palette that reads on the roll's background. */
    static String colourOf(AppUser user) {
        return COLOURS[Math.floorMod(user.userId().hashCode(), COLOURS.length)];
    }

    static String initials(String name) {
        String[] words = name.strip().split("\\s+");
        String first = words[0].isEmpty() ? "?" : words[0].substring(0, 1);
        String second = words.length > 1 ? words[words.length - 1].substring(0, 1) : "";
        return (first + second).toUpperCase();
    }
}
