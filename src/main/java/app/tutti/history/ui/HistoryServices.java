package app.tutti.history.ui;

import app.tutti.base.domain.ProjectId;
import app.tutti.composition.domain.TempoPoint;
import app.tutti.composition.service.ProjectService;
import app.tutti.history.service.ForkOrigins;
import app.tutti.history.service.ForkService;
import app.tutti.history.service.RestoreService;
import app.tutti.history.service.VersionContent;
import app.tutti.history.service.VersionService;
import java.util.List;
import org.springframework.stereotype.Component;

/** The services the history views use, handed around as one. */
@Component
record HistoryServices(VersionService versions, VersionContent content, RestoreService restores, ForkService forks,
        ForkOrigins origins, ProjectService projects) {

    /** The project's tempo map (a version shows today's: tempo changes are not versioned). */
    List<TempoPoint> tempos(ProjectId project) {
        return projects.tempoMap(project).points();
    }
}
