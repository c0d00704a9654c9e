package app.tutti.collab.ui;

import app.tutti.collab.service.DocumentState;
import app.tutti.composition.domain.Project;
import app.tutti.composition.domain.TempoPoint;
import app.tutti.composition.domain.Track;
import app.tutti.sharing.domain.ProjectRole;
import java.util.List;
import java.util.UUID;

/**
 * Everything the piano roll needs to show a project at sequence number {@code seq}: timing
 * (resolution, time signature, the tempo map from tick 0 on), whether this user may edit, which
 * track is being edited, the tracks and the notes. {@code pendingKey} names the place in the
 * browser's storage where this user's unacknowledged edits of this project survive a reload
 * ({@code "project:user"}; empty when the roll keeps none, as on a public link).
 */
public record RollState(long seq, int ticksPerQuarter, int beatsPerBar, int beatUnit, List<TempoPoint> tempos,
        boolean editable, UUID activeTrackId, List<Track> tracks, NoteColumns notes, String pendingKey) {

    public RollState {
        tempos = List.copyOf(tempos);
        tracks = List.copyOf(tracks);
    }

    /** The roll's view of {@code project} with its tempo map, {@code tracks} and the {@code document} at its sequence number. */
    static RollState of(Project project, List<TempoPoint> tempos, List<Track> tracks, DocumentState document,
            UUID activeTrackId) {
        var details = project.details();
        return new RollState(document.seq(), project.ticksPerQuarter(), details.timeSignature().beatsPerBar(),
                details.timeSignature().beatUnit(), tempos, document.role().includes(ProjectRole.EDITOR),
                activeTrackId, tracks, NoteColumns.of(document.document().notes()),
                document.reader() == null ? "" : project.id() + ":" + document.reader());
    }
}
