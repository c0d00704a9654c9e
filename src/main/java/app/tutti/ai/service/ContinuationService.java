package app.tutti.ai.service;

import app.tutti.ai.domain.Generation;
import app.tutti.ai.domain.GenerationId;
import app.tutti.ai.domain.GenerationParameters;
import app.tutti.ai.domain.GenerationRepository;
import app.tutti.ai.domain.GenerationStatus;
import app.tutti.ai.translate.SamplingSettings;
import app.tutti.ai.translate.TokenConstraint;
import app.tutti.base.domain.ProjectId;
import app.tutti.base.domain.UserId;
import app.tutti.base.security.CurrentUser;
import app.tutti.sharing.domain.ProjectRole;
import app.tutti.sharing.service.ProjectAccess;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Asks the model for music on behalf of the signed-in user, who must be an editor of the project.
 * Each request is recorded as a {@link Generation} before it is queued; the returned handle shows
 * progress and delivers the proposed notes (not yet in the project: accept them with
 * {@link GenerationDecisionService}). Limits (busy, rate, per project) fail the request with a
 * message for the user, and the record says so too.
 */
@Service
public class ContinuationService {

    private static final int HISTORY_LIMIT = 50;

    private final ProjectAccess access;
    private final CurrentUser currentUser;
    private final GenerationRepository generations;
    private final PromptBuilder prompts;
    private final GenerationRunner runner;
    private final ModelFiles model;
    private final AiPolicies policies;
    private final Clock clock;

    ContinuationService(ProjectAccess access, CurrentUser currentUser, GenerationRepository generations,
            PromptBuilder prompts, GenerationRunner runner, ModelFiles model, AiPolicies policies, Clock clock) {
        this.access = access;
        this.currentUser = currentUser;
        this.generations = generations;
        this.prompts = prompts;
        this.runner = runner;
        this.model = model;
        this.policies = policies;
        this.clock = clock;
    }

    /** Starts a continuation or fill-in; see {@link ContinuationRequest}. */
    public GenerationHandle request(ContinuationRequest request) {
        UserId me = currentUser.require().userId();
        access.require(request.project(), me, ProjectRole.EDITOR);
        policies.requireAllowed(request.project(), me);
        PreparedGeneration prepared = prompts.prepare(request);
        Generation generation = Generation.requested(GenerationId.random(), request.project(), me, model.identity(),
                request.trackId(), prepared.promptFromBar(), prepared.startBar(), prepared.parameters(),
                prepared.task().seed(), clock.instant());
        generations.insert(generation);
        try {
            return runner.start(generation, prepared.task(), request.constraint());
        } catch (RuntimeException e) {
            generations.markEnded(generation.id(), GenerationStatus.FAILED, e.getMessage() == null
                    ? "The AI could not take the request." : e.getMessage(), clock.instant());
            throw e;
        }
    }

    /** The same request as an earlier generation (same prompt bars, parameters and controls) with a new seed. */
    public GenerationHandle regenerate(GenerationId earlier, TokenConstraint constraint) {
        Generation previous = get(earlier);
        GenerationParameters p = previous.parameters();
        ContinuationRequest request = new ContinuationRequest(previous.projectId(), previous.trackId(),
                previous.promptFromBar(), previous.promptToBar(), p.bars(), p.fillIn(),
                new SamplingSettings(p.temperature(), p.topK(), p.topP(), p.minP()), null,
                PromptControls.recorded(p), constraint);
        return request(request);
    }

    /** Cancels a queued or running generation the user requested (or, as an editor, any in the project). */
    public void cancel(GenerationId id) {
        Generation generation = get(id);
        UserId me = currentUser.require().userId();
        if (!generation.requestedBy().equals(me)) {
            access.require(generation.projectId(), me, ProjectRole.EDITOR);
        }
        runner.cancel(id);
    }

    /** A generation of a project the user may view. */
    public Generation get(GenerationId id) {
        Generation generation = generations.get(id);
        access.require(generation.projectId(), currentUser.require().userId(), ProjectRole.VIEWER);
        return generation;
    }

    /** The project's latest generations, newest first. */
    public List<Generation> history(ProjectId projectId) {
        access.require(projectId, currentUser.require().userId(), ProjectRole.VIEWER);
        return generations.findByProjectIdNewestFirst(projectId, HISTORY_LIMIT);
    }
}
