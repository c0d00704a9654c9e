package app.tutti.collab.service;

import app.tutti.base.domain.ProjectId;
import app.tutti.base.security.AppUser;
import app.tutti.base.security.CurrentUser;
import app.tutti.composition.domain.Note;
import app.tutti.sharing.domain.ProjectRole;
import app.tutti.sharing.service.ProjectAccess;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Who has a project open on this node, and where they are. Each open editor joins its project's
 * room and hears, after every change, everyone else in the room. Presence is transient: it lives
 * in memory, is never stored, and disappears when the editor leaves (detach) or its session ends.
 * The browser throttles its updates (about 20 per second while something moves).
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
    private final ProjectAccess access;
    private final CurrentUser currentUser;

    PresenceRooms(ProjectAccess access, CurrentUser currentUser) {
        this.access = access;
        this.currentUser = currentUser;
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
        broadcast(projectId);
        return new Membership() {
            @Override
            public void update(long playhead, long viewTick, List<String> selection, List<Note> dragging) {
                Map<String, Member> room = rooms.get(projectId);
                Member member = room == null ? null : room.get(key);
                if (member != null) {
                    room.put(key, new Member(member.presence().moved(playhead, viewTick, selection, dragging),
                            member.listener()));
                    broadcast(projectId);
                }
            }

            @Override
            public void close() {
                rooms.computeIfPresent(projectId, (id, room) -> {
                    room.remove(key);
                    return room.isEmpty() ? null : room;
                });
                broadcast(projectId);
            }
        };
    }

    /** Everyone in the project's room on this node, for tests and the benchmark. */
    public List<Presence> in(ProjectId projectId) {
        return List.copyOf(rooms.getOrDefault(projectId, Map.of()).values().stream().map(Member::presence).toList());
    }

    private void broadcast(ProjectId projectId) {
        Map<String, Member> room = rooms.getOrDefault(projectId, Map.of());
        List<Member> members = List.copyOf(room.values());
        for (Member member : members) {
            try {
                member.listener().accept(members.stream().map(Member::presence)
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
