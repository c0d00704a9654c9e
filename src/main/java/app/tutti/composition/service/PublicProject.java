package app.tutti.composition.service;

import app.tutti.composition.domain.Project;
import app.tutti.composition.domain.TempoMap;
import app.tutti.composition.domain.Track;
import java.util.List;

/** A project opened through its public read-only link: what a listener may see, nothing about its members. */
public record PublicProject(Project project, List<Track> tracks, TempoMap tempoMap) {

    public PublicProject {
        tracks = List.copyOf(tracks);
    }
}
