package app.tutti.collab.service;

import app.tutti.base.domain.ProjectId;
import app.tutti.composition.domain.NoteDocument;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The latest known notes of recently edited projects, so an edit does not rebuild the document
 * from the database. An entry holds the state at one sequence number; a caller that needs a later
 * one (another edit or node committed meanwhile) brings a copy forward from the log. Callers get
 * a copy to change.
 */
@Component
class DocumentCache {

    static final int MAX_PROJECTS = 200;

    private final Map<ProjectId, DocumentLoader.Loaded> entries = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<ProjectId, DocumentLoader.Loaded> eldest) {
            return size() > MAX_PROJECTS;
        }
    };

    /** A copy of the cached state if it is at {@code seq} or before, with its sequence number. */
    synchronized Optional<DocumentLoader.Loaded> copyAtOrBefore(ProjectId projectId, long seq) {
        DocumentLoader.Loaded entry = entries.get(projectId);
        return entry != null && entry.seq() <= seq
                ? Optional.of(new DocumentLoader.Loaded(entry.seq(), new NoteDocument(entry.document().notes())))
                : Optional.empty();
    }

    /** Keeps {@code document} (which the caller must no longer change) as the state at {@code seq}. */
    synchronized void put(ProjectId projectId, long seq, NoteDocument document) {
        DocumentLoader.Loaded current = entries.get(projectId);
        if (current == null || current.seq() < seq) {
            entries.put(projectId, new DocumentLoader.Loaded(seq, document));
        }
    }
}
