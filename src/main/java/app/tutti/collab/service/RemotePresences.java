package app.tutti.collab.service;

import app.tutti.base.domain.ProjectId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Editors open on other nodes, as last heard. Each entry lapses {@code expiry} after it was last
 * heard: its node refreshes it with a heartbeat, so an entry that is not refreshed belongs to a
 * node that died or lost its database connection.
 */
final class RemotePresences {

    private record Entry(Presence presence, Instant expires) {
    }

    private final Map<ProjectId, Map<String, Entry>> projects = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration expiry;

    RemotePresences(Clock clock, Duration expiry) {
        this.clock = clock;
        this.expiry = expiry;
    }

    /** Stores or refreshes an editor; true if it was not known yet. */
    boolean put(ProjectId project, Presence presence) {
        Entry entry = new Entry(presence, clock.instant().plus(expiry));
        return projects.computeIfAbsent(project, id -> new ConcurrentHashMap<>()).put(presence.key(), entry) == null;
    }

    /** Forgets an editor that left; true if it was known. */
    boolean remove(ProjectId project, String key) {
        return remove(project, key, null);
    }

    /** Removes the editor ({@code only} that entry, if given, so a refresh that came meanwhile stays). */
    private boolean remove(ProjectId project, String key, @Nullable Entry only) {
        boolean[] removed = {false};
        projects.computeIfPresent(project, (id, editors) -> {
            removed[0] = only == null ? editors.remove(key) != null : editors.remove(key, only);
            return editors.isEmpty() ? null : editors;
        });
        return removed[0];
    }

    List<Presence> in(ProjectId project) {
        return projects.getOrDefault(project, Map.of()).values().stream().map(Entry::presence).toList();
    }

    /** Forgets every editor not heard from in time; returns the projects that lost someone. */
    Set<ProjectId> expire() {
        Instant now = clock.instant();
        Set<ProjectId> changed = new HashSet<>();
        projects.forEach((project, editors) -> editors.forEach((key, entry) -> {
            if (entry.expires().isBefore(now) && remove(project, key, entry)) {
                changed.add(project);
            }
        }));
        return changed;
    }
}
