package app.tutti.collab.service;

import app.tutti.base.domain.ProjectId;
import app.tutti.composition.domain.NoteDocument;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The latest known notes of recently edited projects, so an edit does not rebuild the document
 * from the database. An entry is only used for the exact sequence number it holds, so a stale
 * entry (another node committed meanwhile) is simply not used; callers get a copy to change.
 */
@Component
class DocumentCache {

    private record Cached(long seq, NoteDocument document) {
    }

    static final int MAX_PROJECTS = 200;

    private final Map<ProjectId, Cached> entries = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ProjectId, Cached> eldest) {
            return size() > MAX_PROJECTS;
        }
    };

    synchronized Optional<NoteDocument> copyAt(ProjectId projectId, long seq) {
        Cached entry = entries.get(projectId);
        return entry != null && entry.seq() == seq ? Optional.of(new NoteDocument(entry.document().notes()))
                : Optional.empty();
    }

    /** Keeps {@code document} (which the caller must no longer change) as the state at {@code seq}. */
    synchronized void put(ProjectId projectId, long seq, NoteDocument document) {
        Cached current = entries.get(projectId);
        if (current == null || current.seq() < seq) {
            entries.put(projectId, new Cached(seq, document));
        }
    }
}
