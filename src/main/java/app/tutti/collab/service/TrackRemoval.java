package app.tutti.collab.service;

import app.tutti.base.domain.ProjectId;
import app.tutti.composition.domain.EditOp;
import app.tutti.composition.domain.Note;
import app.tutti.composition.domain.NoteDocument;
import app.tutti.composition.service.TrackService;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Removes a track with its notes: the notes are deleted through the operation log (so the history
 * and credits show who removed them) and the track goes in the same transaction.
 */
@Service
public class TrackRemoval {

    private final EditSessionService edits;
    private final TrackService tracks;

    TrackRemoval(EditSessionService edits, TrackService tracks) {
        this.edits = edits;
        this.tracks = tracks;
    }

    @Transactional
    public void remove(ProjectId projectId, UUID trackId) {
        List<UUID> notes = edits.open(projectId).document().notes().stream()
                .filter(note -> note.trackId().equals(trackId))
                .map(Note::id)
                .toList();
        NoteDocument.batches(notes).forEach(
                batch -> edits.submit(projectId, UUID.randomUUID(), 0, new EditOp.DeleteNotes(batch)));
        tracks.remove(projectId, trackId);
    }
}
