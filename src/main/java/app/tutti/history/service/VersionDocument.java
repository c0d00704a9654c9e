package app.tutti.history.service;

import app.tutti.composition.domain.Note;
import app.tutti.composition.domain.Project;
import app.tutti.composition.domain.Track;
import java.util.List;

/**
 * A project's notes at one version, for reading and playing (never for editing); {@code canRestore}
 * tells whether the user may restore it.
 */
public record VersionDocument(Project project, VersionEntry version, List<Track> tracks, List<Note> notes,
        boolean canRestore) {

    public VersionDocument {
        tracks = List.copyOf(tracks);
        notes = List.copyOf(notes);
    }
}
