package app.tutti.collab.service;

import app.tutti.base.domain.ProjectId;
import org.jspecify.annotations.Nullable;

/**
 * An editor on this node joined, moved, or left ({@code presence} null), or is announced again
 * (heartbeat, or a newcomer on another node). Other nodes hear it through
 * {@link PostgresPresenceNotifier}; with one node nobody listens.
 */
record PresenceShared(ProjectId project, String key, @Nullable Presence presence) {

    boolean left() {
        return presence == null;
    }
}
