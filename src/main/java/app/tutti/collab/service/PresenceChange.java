package app.tutti.collab.service;

import java.util.List;

/**
 * What one editor hears in a push: everyone else in the room now ({@code others}), and of them
 * only those who joined or moved since its last push ({@code changed}). Whoever is in
 * {@code others} no longer but was before has left.
 */
public record PresenceChange(List<Presence> others, List<Presence> changed) {

    public PresenceChange {
        others = List.copyOf(others);
        changed = List.copyOf(changed);
    }

    /** The keys of everyone else in the room now. */
    public List<String> keys() {
        return others.stream().map(Presence::key).toList();
    }
}
