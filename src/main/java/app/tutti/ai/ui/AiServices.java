package app.tutti.ai.ui;

import app.tutti.ai.service.AiPolicies;
import app.tutti.ai.service.ContinuationService;
import app.tutti.ai.service.GenerationDecisionService;
import app.tutti.ai.service.ProjectAiSettings;
import app.tutti.base.security.CurrentUser;
import app.tutti.composition.service.ProjectService;
import org.springframework.stereotype.Component;

/** The services the AI's editor UI uses, handed around as one. */
@Component
record AiServices(ContinuationService continuations, GenerationDecisionService decisions, AiPolicies policies,
        ProjectAiSettings settings, ProjectService projects, CurrentUser currentUser) {
}
