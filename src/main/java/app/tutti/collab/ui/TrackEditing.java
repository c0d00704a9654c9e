package app.tutti.collab.ui;

import app.tutti.base.domain.ProjectId;
import app.tutti.collab.service.TrackRemoval;
import app.tutti.composition.service.ProjectService;
import app.tutti.composition.service.TrackService;
import org.springframework.stereotype.Component;

/** Builds the editor's tracks dialog with the services it needs. */
@Component
class TrackEditing {

    private final ProjectService projects;
    private final TrackService tracks;
    private final TrackRemoval removal;

    TrackEditing(ProjectService projects, TrackService tracks, TrackRemoval removal) {
        this.projects = projects;
        this.tracks = tracks;
        this.removal = removal;
    }

    TracksDialog dialog(ProjectId projectId, boolean editable, Runnable onChanged) {
        return new TracksDialog(projectId, projects, tracks, removal, editable, onChanged);
    }
}
