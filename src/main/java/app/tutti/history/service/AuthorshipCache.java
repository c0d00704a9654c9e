package app.tutti.history.service;

import app.tutti.base.domain.ProjectId;
import app.tutti.history.domain.Authorship;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The latest authorship computed for recently viewed projects, so credits and diffs against the
 * head replay only the operations since. The log never changes below its head, so an entry at
 * seq S is right for any later question that replays from S. Callers get copies.
 */
@Component
class AuthorshipCache {

    static final int MAX_PROJECTS = 50;

    private final Map<ProjectId, Authorship> entries = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ProjectId, Authorship> eldest) {
            return size() > MAX_PROJECTS;
        }
    };

    /** A copy of the cached state if it is at or before {@code seq}. */
    synchronized Optional<Authorship> copyAtOrBefore(ProjectId projectId, long seq) {
        Authorship cached = entries.get(projectId);
        return cached != null && cached.seq() <= seq ? Optional.of(cached.copy()) : Optional.empty();
    }

    /** Keeps a copy of {@code authorship} when it is newer than what is cached. */
    synchronized void offer(ProjectId projectId, Authorship authorship) {
        Authorship cached = entries.get(projectId);
        if (cached == null || cached.seq() < authorship.seq()) {
            entries.put(projectId, authorship.copy());
        }
    }
}
