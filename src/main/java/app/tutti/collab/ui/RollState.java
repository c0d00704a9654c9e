package app.tutti.collab.ui;

import app.tutti.collab.service.DocumentState;
import app.tutti.composition.domain.Note;
import app.tutti.composition.domain.Project;
import app.tutti.composition.domain.Track;
import app.tutti.sharing.domain.ProjectRole;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Everything the piano roll needs to show a project at sequence number {@code seq}: timing,
 * whether this user may edit, which track is being edited, the tracks and the notes.
 */
public record RollState(long seq, int ticksPerQuarter, int beatsPerBar, int beatUnit, double tempoBpm,
        boolean editable, UUID activeTrackId, List<Track> tracks, Collection<Note> notes) {

    public RollState {
        tracks = List.copyOf(tracks);
        notes = List.copyOf(notes);
    }

    /** The roll's view of {@code project} with its {@code tracks} and the {@code document} at its sequence number. */
    static RollState of(Project project, List<Track> tracks, DocumentState document, UUID activeTrackId) {
        var details = project.details();
        return new RollState(document.seq(), project.ticksPerQuarter(), details.timeSignature().beatsPerBar(),
                details.timeSignature().beatUnit(), details.tempoBpm(), document.role().includes(ProjectRole.EDITOR),
                activeTrackId, tracks, document.document().notes());
    }
}
