package app.tutti.history.service;

import app.tutti.base.domain.UserId;
import app.tutti.composition.domain.Project;
import app.tutti.history.domain.ChangeTally;
import app.tutti.history.domain.HistoryOpRepository;
import app.tutti.history.domain.ProjectVersion;
import app.tutti.history.domain.VersionKind;
import app.tutti.history.domain.VersionRepository;
import java.time.Clock;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores a version at a sequence number: a checkpoint of the authorship there (so opening and
 * comparing it replays nothing) and a summary of the operations since the previous version.
 * It checks no permission: callers do.
 */
@Component
class VersionRecorder {

    private final VersionRepository versions;
    private final AuthorshipReplay replay;
    private final HistoryOpRepository ops;
    private final ContributorNames names;
    private final SummaryWriter summaries;
    private final Clock clock;

    VersionRecorder(VersionRepository versions, AuthorshipReplay replay, HistoryOpRepository ops,
            ContributorNames names, SummaryWriter summaries, Clock clock) {
        this.versions = versions;
        this.replay = replay;
        this.ops = ops;
        this.names = names;
        this.summaries = summaries;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    ProjectVersion record(Project project, long seq, VersionKind kind, String name, @Nullable UserId author) {
        replay.checkpointAt(project.id(), seq);
        long previous = versions.findLatestSeq(project.id()).filter(s -> s <= seq).orElse(0L);
        int ticksPerBar = project.details().timeSignature().ticksPerBar(project.ticksPerQuarter());
        ChangeTally tally = ChangeTally.of(ops.findByProjectIdInRangeOrderBySeq(project.id(), previous, seq), ticksPerBar);
        String summary = summaries.write(tally, names.lookup(ops.findGenerationSubmitters(project.id())));
        ProjectVersion version = new ProjectVersion(UUID.randomUUID(), project.id(), seq, name, author, kind,
                truncate(summary), clock.instant());
        versions.insert(version);
        return version;
    }

    private static String truncate(String summary) {
        return summary.length() <= 2000 ? summary : summary.substring(0, 1999) + "…";
    }
}
