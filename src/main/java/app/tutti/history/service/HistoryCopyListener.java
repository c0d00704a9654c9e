package app.tutti.history.service;

import app.tutti.composition.domain.ProjectCopied;
import app.tutti.history.domain.AuthorshipCheckpointRepository;
import app.tutti.history.domain.VersionRepository;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A duplicated or forked project keeps the versions and authorship checkpoints up to where it was copied. */
@Component
class HistoryCopyListener {

    private final VersionRepository versions;
    private final AuthorshipCheckpointRepository checkpoints;

    HistoryCopyListener(VersionRepository versions, AuthorshipCheckpointRepository checkpoints) {
        this.versions = versions;
        this.checkpoints = checkpoints;
    }

    @EventListener
    void copyHistory(ProjectCopied copied) {
        versions.copy(copied.source(), copied.copy(), copied.atSeq());
        checkpoints.copy(copied.source(), copied.copy(), copied.atSeq());
    }
}
