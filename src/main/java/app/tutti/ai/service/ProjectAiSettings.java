package app.tutti.ai.service;

import app.tutti.ai.domain.ProjectAiSettingRepository;
import app.tutti.base.domain.InvalidInputException;
import app.tutti.base.domain.ProjectId;
import app.tutti.base.security.CurrentUser;
import app.tutti.sharing.domain.ProjectRole;
import app.tutti.sharing.service.ProjectAccess;
import org.springframework.stereotype.Service;

/**
 * A project's own AI settings. The originality gate is on unless the owner switched it off, and
 * the owner cannot switch it off where the project's {@link AiPolicies policy} requires it.
 */
@Service
public class ProjectAiSettings {

    private final ProjectAccess access;
    private final CurrentUser currentUser;
    private final ProjectAiSettingRepository settings;
    private final AiPolicies policies;

    ProjectAiSettings(ProjectAccess access, CurrentUser currentUser, ProjectAiSettingRepository settings,
            AiPolicies policies) {
        this.access = access;
        this.currentUser = currentUser;
        this.settings = settings;
        this.policies = policies;
    }

    /** Whether generations that nearly copy training music are withheld in this project. */
    public boolean originalityGateOn(ProjectId project) {
        access.require(project, currentUser.require().userId(), ProjectRole.VIEWER);
        return gateOn(project);
    }

    /** Whether the owner may switch the gate off (false where a policy, say a class assignment, requires it). */
    public boolean originalityGateOptional(ProjectId project) {
        return !policies.of(project).originalityGateRequired();
    }

    /** The owner switches the gate on or off. */
    public void setOriginalityGate(ProjectId project, boolean on) {
        access.require(project, currentUser.require().userId(), ProjectRole.OWNER);
        if (!on && !originalityGateOptional(project)) {
            throw new InvalidInputException("This project's AI policy requires the originality gate.");
        }
        settings.setOriginalityGate(project, on);
    }

    boolean gateOn(ProjectId project) {
        return policies.of(project).originalityGateRequired() || settings.originalityGate(project).orElse(true);
    }
}
