package app.tutti.history.service;

import app.tutti.base.domain.InvalidInputException;
import app.tutti.base.domain.NotFoundException;
import app.tutti.base.domain.ProjectId;
import app.tutti.composition.domain.Project;
import app.tutti.history.domain.ProjectVersion;
import app.tutti.history.domain.VersionKind;
import app.tutti.history.domain.VersionRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saves and lists versions of a project. Anyone who can view a project can read its timeline;
 * saving a version needs the editor role.
 */
@Service
public class VersionService {

    static final String AUTOMATIC = "Automatic";

    private final VersionRepository versions;
    private final VersionRecorder recorder;
    private final HistoryAccess access;
    private final ContributorNames names;

    VersionService(VersionRepository versions, VersionRecorder recorder, HistoryAccess access, ContributorNames names) {
        this.versions = versions;
        this.recorder = recorder;
        this.access = access;
        this.names = names;
    }

    /** Saves the project as it is now under {@code name}. */
    @Transactional
    public VersionEntry save(ProjectId projectId, String name) {
        Project project = access.editable(projectId);
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > ProjectVersion.MAX_NAME_LENGTH) {
            throw new InvalidInputException("A version name must be 1 to " + ProjectVersion.MAX_NAME_LENGTH
                    + " characters.");
        }
        ProjectVersion saved = recorder.record(project, project.headSeq(), VersionKind.NAMED, clean,
                access.me());
        return entry(projectId, saved.id());
    }

    /** Every version, newest first. */
    @Transactional(readOnly = true)
    public List<VersionEntry> timeline(ProjectId projectId) {
        access.readable(projectId);
        List<ProjectVersion> all = versions.findByProjectIdOrderBySeq(projectId);
        List<VersionEntry> entries = new ArrayList<>(all.size());
        ContributorNames.Lookup lookup = names.lookup(Map.of());
        for (int i = 0; i < all.size(); i++) {
            ProjectVersion version = all.get(i);
            entries.add(new VersionEntry(version, i + 1,
                    version.author() == null ? AUTOMATIC : lookup.userName(version.author())));
        }
        return entries.reversed();
    }

    @Transactional(readOnly = true)
    public VersionEntry entry(ProjectId projectId, UUID versionId) {
        return timeline(projectId).stream().filter(entry -> entry.version().id().equals(versionId)).findFirst()
                .orElseThrow(() -> new NotFoundException("This version does not exist."));
    }
}
