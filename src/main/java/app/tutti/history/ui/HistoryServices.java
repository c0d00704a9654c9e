package app.tutti.history.ui;

import app.tutti.history.service.ForkOrigins;
import app.tutti.history.service.ForkService;
import app.tutti.history.service.RestoreService;
import app.tutti.history.service.VersionContent;
import app.tutti.history.service.VersionService;
import org.springframework.stereotype.Component;

/** The services the history views use, handed around as one. */
@Component
record HistoryServices(VersionService versions, VersionContent content, RestoreService restores, ForkService forks,
        ForkOrigins origins) {
}
