package app.tutti.collab.ui;

import app.tutti.composition.domain.TempoPoint;
import app.tutti.composition.domain.Track;
import java.util.List;
import java.util.UUID;

/**
 * Everything the piano roll needs to show a project at sequence number {@code seq}: timing
 * (resolution, time signature, the tempo map from tick 0 on), whether this user may edit, which
 * track is being edited, the tracks and the notes.
 */
public record RollState(long seq, int ticksPerQuarter, int beatsPerBar, int beatUnit, List<TempoPoint> tempos,
        boolean editable, UUID activeTrackId, List<Track> tracks, NoteColumns notes) {

    public RollState {
        tempos = List.copyOf(tempos);
        tracks = List.copyOf(tracks);
    }
}
