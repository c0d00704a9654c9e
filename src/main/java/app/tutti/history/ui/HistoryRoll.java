package app.tutti.history.ui;

import app.tutti.collab.ui.PianoRoll;
import app.tutti.collab.ui.NoteColumns;
import app.tutti.collab.ui.RollState;
import app.tutti.composition.domain.Note;
import app.tutti.composition.domain.Project;
import app.tutti.composition.domain.TempoPoint;
import app.tutti.composition.domain.Track;
import java.util.Collection;
import java.util.List;

/** A read-only piano roll for a past state of a project (it still plays). */
final class HistoryRoll {

    private HistoryRoll() {
    }

    static PianoRoll create() {
        PianoRoll roll = new PianoRoll();
        roll.setId("history-roll");
        roll.setSizeFull();
        return roll;
    }

    static RollState state(Project project, List<TempoPoint> tempos, List<Track> tracks, Collection<Note> notes) {
        var details = project.details();
        return new RollState(project.headSeq(), project.ticksPerQuarter(), details.timeSignature().beatsPerBar(),
                details.timeSignature().beatUnit(), tempos, false, tracks.getFirst().id(), tracks,
                NoteColumns.of(notes), "");
    }
}
