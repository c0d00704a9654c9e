package app.tutti.collab.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One project's room on this node: its editors here, and for each what it has not heard yet.
 * Changes are coalesced: the first change after a push asks {@code later} for one flush, and
 * every change until that flush runs only marks who moved. The flush then sends each member one
 * {@link PresenceChange} with the people that joined or moved meanwhile, each in their latest
 * state, so ten moves of one person in a flush interval are one push per member, not ten. A
 * member with nothing new (for example the one who moved, if nobody else did) gets no push.
 */
final class PresenceRoom {

    private static final Logger log = LoggerFactory.getLogger(PresenceRoom.class);

    private static final class Member {
        Presence presence;
        final Consumer<PresenceChange> listener;
        /** The others this member was told about, so it can be told again if it must resync. */
        final Set<String> known = new HashSet<>();
        /** Who joined, moved or left since this member's last push. */
        final Set<String> unheard = new LinkedHashSet<>();
        boolean resync = true;

        Member(Presence presence, Consumer<PresenceChange> listener) {
            this.presence = presence;
            this.listener = listener;
        }
    }

    private final Map<String, Member> members = new LinkedHashMap<>();
    private final Supplier<List<Presence>> remote;
    private final Consumer<Runnable> later;
    private final Object delivering = new Object();
    private boolean flushRequested;

    /**
     * @param remote the editors of this project on other nodes, as last heard
     * @param later runs the flush after the coalescing interval (or at once)
     */
    PresenceRoom(Supplier<List<Presence>> remote, Consumer<Runnable> later) {
        this.remote = remote;
        this.later = later;
    }

    synchronized void join(Presence self, Consumer<PresenceChange> listener) {
        members.values().forEach(m -> m.unheard.add(self.key()));
        members.put(self.key(), new Member(self, listener));
    }

    /** The member's new presence, or null if it is not (any longer) here. */
    synchronized @Nullable Presence move(String key, UnaryOperator<Presence> move) {
        Member member = members.get(key);
        if (member == null) {
            return null;
        }
        member.presence = move.apply(member.presence);
        othersHear(key);
        return member.presence;
    }

    synchronized void leave(String key) {
        if (members.remove(key) != null) {
            othersHear(key);
        }
    }

    /** An editor on another node joined, moved or left. */
    synchronized void heardRemote(String key) {
        othersHear(key);
    }

    /** Someone on another node may have gone without a word: every member compares anew. */
    synchronized void resyncAll() {
        members.values().forEach(m -> m.resync = true);
    }

    synchronized boolean isEmpty() {
        return members.isEmpty();
    }

    synchronized boolean contains(String key) {
        return members.containsKey(key);
    }

    synchronized List<Presence> presences() {
        return members.values().stream().map(m -> m.presence).toList();
    }

    /** Asks for a flush unless one is already due: call after changing the room, outside any lock. */
    void requestFlush() {
        synchronized (this) {
            if (flushRequested) {
                return;
            }
            flushRequested = true;
        }
        later.accept(this::flush);
    }

    /**
     * Sends every member what it has not heard yet. Flushes run one at a time and members hear
     * in the order the flushes computed, so the last state always arrives last.
     */
    void flush() {
        synchronized (delivering) {
            List<Runnable> pushes = new ArrayList<>();
            synchronized (this) {
                flushRequested = false;
                Map<String, Presence> everyone = new LinkedHashMap<>();
                members.forEach((key, m) -> everyone.put(key, m.presence));
                remote.get().forEach(p -> everyone.putIfAbsent(p.key(), p));
                members.forEach((key, m) -> {
                    PresenceChange change = unheard(key, m, everyone);
                    if (change != null) {
                        pushes.add(() -> m.listener.accept(change));
                    }
                });
            }
            for (Runnable push : pushes) {
                try {
                    push.run();
                } catch (RuntimeException e) {
                    // Typically an editor whose UI detached a moment ago and is leaving the room.
                    log.debug("A member of a presence room could not hear the others", e);
                }
            }
        }
    }

    private void othersHear(String key) {
        members.forEach((k, m) -> {
            if (!k.equals(key)) {
                m.unheard.add(key);
            }
        });
    }

    private static @Nullable PresenceChange unheard(String self, Member m, Map<String, Presence> everyone) {
        Set<String> keys = m.unheard;
        if (m.resync) {
            keys = new LinkedHashSet<>(everyone.keySet());
            keys.addAll(m.known);
        }
        List<Presence> changed = new ArrayList<>();
        boolean left = false;
        for (String key : keys) {
            Presence p = everyone.get(key);
            if (key.equals(self)) {
                continue;
            }
            if (p != null) {
                changed.add(p);
                m.known.add(key);
            } else if (m.known.remove(key)) {
                left = true;
            }
        }
        m.unheard.clear();
        m.resync = false;
        if (changed.isEmpty() && !left) {
            return null;
        }
        List<Presence> others = everyone.values().stream().filter(p -> !p.key().equals(self)).toList();
        return new PresenceChange(others, changed);
    }
}
