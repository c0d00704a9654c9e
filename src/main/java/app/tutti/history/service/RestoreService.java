package app.tutti.history.service;

import app.tutti.base.domain.ProjectId;
import app.tutti.collab.service.EditSessionService;
import app.tutti.composition.domain.Project;
import app.tutti.history.domain.VersionDiff;
import app.tutti.history.domain.VersionKind;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings a version back by appending ordinary operations that turn the current notes into the
 * version's, after saving the current state as a "before restore" version. Nothing in between is
 * lost, and the restore is undone by restoring that version. Needs the editor role.
 */
@Service
public class RestoreService {

    /** What a restore did: the version saved before it, and the head after it. */
    public record Restored(VersionEntry before, long headSeq, int changedNotes) {
    }

    private final VersionService versions;
    private final VersionRecorder recorder;
    private final AuthorshipReplay replay;
    private final HistoryAccess access;
    private final EditSessionService edits;

    RestoreService(VersionService versions, VersionRecorder recorder, AuthorshipReplay replay, HistoryAccess access,
            EditSessionService edits) {
        this.versions = versions;
        this.recorder = recorder;
        this.replay = replay;
        this.access = access;
        this.edits = edits;
    }

    @Transactional
    public Restored restore(ProjectId projectId, UUID versionId) {
        Project project = access.editable(projectId);
        VersionEntry target = versions.entry(projectId, versionId);
        long head = project.headSeq();
        var before = recorder.record(project, head, VersionKind.BEFORE_RESTORE, "Before restoring " + target.label(),
                access.me());
        VersionDiff diff = VersionDiff.between(replay.at(projectId, head).document(),
                replay.at(projectId, target.version().seq()).document()).restrictedTo(access.trackIds(projectId));
        long seq = head;
        for (var op : diff.operations()) {
            seq = edits.submit(projectId, UUID.randomUUID(), seq, op);
        }
        return new Restored(versions.entry(projectId, before.id()), seq, diff.size());
    }
}
