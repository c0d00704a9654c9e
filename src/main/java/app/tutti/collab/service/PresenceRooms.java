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
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Who has a project open, and where they are. Each open editor on this node joins its project's
 * room and hears, after every change, everyone else in the room: the other editors on this node
 * and those heard from other nodes ({@link #heard}, with PostgreSQL). Presence is transient: it
 * lives in memory, is never stored, and disappears when the editor leaves (detach) or its session
 * ends, or, for an editor on another node, when that node stops refreshing it. The browser
 * throttles its updates (about 20 per second while something moves).
 */
@Component
public class PresenceRooms {

    private static final Logger log = LoggerFactory.getLogger(PresenceRooms.class);

    private static final String[] COLOURS = {"#d1495b", "#00798c", "#edae49", "#6a4c93", "#2e933c", "#e07a5f",
        "#3d5a80", "#c44536", "#8a5a44", "#1b998b"};

    /** Removes the editor from its room when closed. */
    public interface Membership extends AutoCloseable {
        /** Shares where this editor is now. */
        void update(long playhead, long viewTick, List<String> selection, List<Note> dragging);

        @Override
        void close();
    }

    private record Member(Presence presence, Consumer<List<Presence>> listener) {
    }

    private final Map<ProjectId, Map<String, Member>> rooms = new ConcurrentHashMap<>();
    private final RemotePresences remote;
    private final String node = UUID.randomUUID().toString();
    private final ProjectAccess access;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;

    PresenceRooms(ProjectAccess access, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock,
            @Value("${tutti.cluster.presence-expiry:10s}") Duration expiry) {
        this.access = access;
        this.currentUser = currentUser;
        this.events = events;
        this.remote = new RemotePresences(clock, expiry);
    }

    /**
     * Joins the project's room as the current user (who must be allowed to view it). The listener
     * hears the others in the room now and after every change; it must hop onto its own UI.
     */
    public Membership join(ProjectId projectId, Consumer<List<Presence>> listener) {
        AppUser user = currentUser.require();
        access.require(projectId, user.userId(), ProjectRole.VIEWER);
        String key = UUID.randomUUID().toString();
        Presence self = new Presence(key, user.displayName(), initials(user.displayName()), colourOf(user),
                0, 0, List.of(), List.of());
        rooms.computeIfAbsent(projectId, id -> new ConcurrentHashMap<>()).put(key, new Member(self, listener));
        changed(projectId, key, self);
        return new Membership() {
            @Override
            public void update(long playhead, long viewTick, List<String> selection, List<Note> dragging) {
                Map<String, Member> room = rooms.get(projectId);
                Member member = room == null ? null : room.get(key);
                if (member != null) {
                    Presence moved = member.presence().moved(playhead, viewTick, selection, dragging);
                    room.put(key, new Member(moved, member.listener()));
                    changed(projectId, key, moved);
                }
            }

            @Override
            public void close() {
                rooms.computeIfPresent(projectId, (id, room) -> {
                    room.remove(key);
                    return room.isEmpty() ? null : room;
                });
                changed(projectId, key, null);
            }
        };
    }

    /** Everyone in the project's room as this node knows it: its own editors and those on other nodes. */
    public List<Presence> in(ProjectId projectId) {
        return Stream.concat(local(projectId).map(Member::presence), remote.in(projectId).stream()).toList();
    }

    /** Tells this node apart from the others in presence notices. */
    String node() {
        return node;
    }

    boolean isLocal(ProjectId projectId, String key) {
        return rooms.getOrDefault(projectId, Map.of()).containsKey(key);
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
                broadcast(projectId);
            }
            return;
        }
        boolean newcomer = remote.put(projectId, presence);
        broadcast(projectId);
        if (newcomer) {
            local(projectId).forEach(m -> events.publishEvent(new PresenceShared(projectId, m.presence().key(),
                    m.presence())));
        }
    }

    /** Forgets editors of other nodes that were not refreshed in time. */
    void expireRemote() {
        remote.expire().forEach(this::broadcast);
    }

    /** Shares every editor on this node again (the heartbeat that keeps them alive on other nodes). */
    void announceAll() {
        rooms.forEach((projectId, room) -> room.values().forEach(
                m -> events.publishEvent(new PresenceShared(projectId, m.presence().key(), m.presence()))));
    }

    /** Tells the other nodes that every editor here left: this node is shutting down. */
    void announceLeaving() {
        rooms.forEach((projectId, room) -> room.keySet().forEach(
                key -> events.publishEvent(new PresenceShared(projectId, key, null))));
    }

    private Stream<Member> local(ProjectId projectId) {
        return List.copyOf(rooms.getOrDefault(projectId, Map.of()).values()).stream();
    }

    private void changed(ProjectId projectId, String key, @Nullable Presence presence) {
        events.publishEvent(new PresenceShared(projectId, key, presence));
        broadcast(projectId);
    }

    private void broadcast(ProjectId projectId) {
        List<Member> members = local(projectId).toList();
        List<Presence> everyone = in(projectId);
        for (Member member : members) {
            try {
                member.listener().accept(everyone.stream()
                        .filter(p -> !p.key().equals(member.presence().key())).toList());
            } catch (RuntimeException e) {
                // Typically an editor whose UI detached a moment ago and is leaving the room.
                log.debug("A member of project {} could not hear the others", projectId, e);
            }
        }
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
