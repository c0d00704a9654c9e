package app.tutti.history.service;

import app.tutti.base.domain.InvalidInputException;
import app.tutti.base.domain.ProjectId;
import app.tutti.composition.domain.Note;
import app.tutti.composition.domain.Project;
import app.tutti.composition.domain.ProjectSummary;
import app.tutti.composition.service.ProjectService;
import app.tutti.history.domain.VersionDiff;
import app.tutti.sharing.domain.ProjectRole;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens a version read-only and compares two states of a project; both need only the viewer role. */
@Service
public class VersionContent {

    private final VersionService versions;
    private final AuthorshipReplay replay;
    private final HistoryAccess access;
    private final ProjectService projects;

    VersionContent(VersionService versions, AuthorshipReplay replay, HistoryAccess access, ProjectService projects) {
        this.versions = versions;
        this.replay = replay;
        this.access = access;
        this.projects = projects;
    }

    /** The notes at a version, for reading and playing. */
    @Transactional
    public VersionDocument open(ProjectId projectId, UUID versionId) {
        ProjectSummary summary = projects.get(projectId);
        VersionEntry entry = versions.entry(projectId, versionId);
        return new VersionDocument(summary.project(), entry, projects.tracksOf(projectId),
                replay.at(projectId, entry.version().seq()).document(), summary.role().includes(ProjectRole.EDITOR));
    }

    /** What changed from sequence number {@code fromSeq} to {@code toSeq} (either may be the head). */
    @Transactional
    public VersionDiff compare(ProjectId projectId, long fromSeq, long toSeq) {
        return comparison(projectId, fromSeq, toSeq).diff();
    }

    /** The differences and the newer notes, for drawing the comparison in a roll. */
    @Transactional
    public Comparison comparison(ProjectId projectId, long fromSeq, long toSeq) {
        Project project = access.readable(projectId);
        long head = project.headSeq();
        if (fromSeq < 0 || toSeq < 0 || fromSeq > head || toSeq > head) {
            throw new InvalidInputException("Both versions must lie between the start and the current state.");
        }
        List<Note> newer = replay.at(projectId, toSeq).document();
        VersionDiff diff = VersionDiff.between(replay.at(projectId, fromSeq).document(), newer);
        return new Comparison(project, fromSeq, toSeq, diff, newer);
    }

    /** The project as the user may read it (for views that show history next to it). */
    @Transactional(readOnly = true)
    public Project project(ProjectId projectId) {
        return access.readable(projectId);
    }

    /** The project's head sequence number, for comparing a version with the current state. */
    @Transactional(readOnly = true)
    public long headSeq(ProjectId projectId) {
        return access.readable(projectId).headSeq();
    }
}
