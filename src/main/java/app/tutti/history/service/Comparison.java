package app.tutti.history.service;

import app.tutti.composition.domain.Note;
import app.tutti.composition.domain.Project;
import app.tutti.history.domain.VersionDiff;
import java.util.List;

/** Two states of a project compared: the differences and all notes of the newer state. */
public record Comparison(Project project, long fromSeq, long toSeq, VersionDiff diff, List<Note> newer) {

    public Comparison {
        newer = List.copyOf(newer);
    }
}
