package app.tutti.ai.service;

import app.tutti.ai.domain.Generation;
import app.tutti.ai.domain.GenerationId;
import app.tutti.ai.domain.GenerationParameters;
import app.tutti.ai.domain.GenerationRepository;
import app.tutti.ai.domain.GenerationStatus;
import app.tutti.ai.translate.SamplingSettings;
import app.tutti.ai.domain.GenerationTask;
import app.tutti.ai.provenance.OriginalityGate;
import app.tutti.base.domain.ProjectId;
import app.tutti.base.domain.UserId;
import app.tutti.base.security.CurrentUser;
import app.tutti.composition.domain.Note;
import app.tutti.sharing.domain.ProjectRole;
import app.tutti.sharing.service.ProjectAccess;
import java.time.Clock;
import java.util.List;
import org.jspecify.annotations.Nullable;
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
    static final int GATE_RETRIES = 2;

    private final ProjectAccess access;
    private final CurrentUser currentUser;
    private final GenerationRepository generations;
    private final PromptBuilder prompts;
    private final GenerationRunner runner;
    private final ModelFiles model;
    private final AiPolicies policies;
    private final ProjectAiSettings settings;
    private final ProposalProvenance provenance;
    private final Clock clock;

    ContinuationService(ProjectAccess access, CurrentUser currentUser, GenerationRepository generations,
            PromptBuilder prompts, GenerationRunner runner, ModelFiles model, AiPolicies policies,
            ProjectAiSettings settings, ProposalProvenance provenance, Clock clock) {
        this.access = access;
        this.currentUser = currentUser;
        this.generations = generations;
        this.prompts = prompts;
        this.runner = runner;
        this.model = model;
        this.policies = policies;
        this.settings = settings;
        this.provenance = provenance;
        this.clock = clock;
    }

    /**
     * Starts a continuation or fill-in; see {@link ContinuationRequest}. When it is done, the
     * training excerpts closest to the proposal are stored with it; if the project's originality
     * gate is on and the proposal nearly copies one, it is run again with a new seed up to
     * {@value #GATE_RETRIES} times, then withheld (failed, with the explanation). The new seeds follow
     * from the first, so a request with a given seed always ends the same way.
     */
    public GenerationHandle request(ContinuationRequest request) {
        UserId me = currentUser.require().userId();
        access.require(request.project(), me, ProjectRole.EDITOR);
        policies.requireAllowed(request.project(), me);
        PreparedGeneration prepared = prompts.prepare(request);
        boolean gateOn = settings.gateOn(request.project());
        int[] retries = {0};
        return new CheckedGeneration(start(prepared, prepared.task(), me),
                done -> afterRun(done, prepared, me, gateOn, retries), generations::get);
    }

    private GenerationHandle start(PreparedGeneration prepared, GenerationTask task, UserId me) {
        Generation generation = Generation.requested(GenerationId.random(), prepared.grid().project().id(), me,
                model.identity(), task.trackId(), prepared.promptFromBar(), prepared.startBar(),
                prepared.parameters(), task.seed(), clock.instant());
        generations.insert(generation);
        try {
            return runner.start(generation, task);
        } catch (RuntimeException e) {
            generations.markEnded(generation.id(), GenerationStatus.FAILED, e.getMessage() == null
                    ? "The AI could not take the request." : e.getMessage(), clock.instant());
            throw e;
        }
    }

    /** Stores the provenance; answers a retry's handle if the gate flags the proposal and retries are left. */
    private @Nullable GenerationHandle afterRun(Generation done, PreparedGeneration prepared, UserId me,
            boolean gateOn, int[] retries) {
        OriginalityGate.Verdict verdict = provenance.check(done, prepared.grid());
        generations.recordProvenance(done.id(), ProposalProvenance.stored(verdict));
        if (!gateOn || !verdict.flagged()) {
            return null;
        }
        String explanation = verdict.explanation().orElseThrow();
        if (retries[0] < GATE_RETRIES) {
            retries[0]++;
            generations.markWithheld(done.id(), explanation + " Tried again with a new seed.");
            return start(prepared, prepared.task().retry(retries[0]), me);
        }
        String message = explanation + " Withheld by the project's originality gate after "
                + (GATE_RETRIES + 1) + " tries.";
        generations.markWithheld(done.id(), message);
        throw new GenerationFailedException(GenerationStatus.FAILED, message);
    }

    /** The same request as an earlier generation (same prompt bars, parameters, controls and rules) with a new seed. */
    public GenerationHandle regenerate(GenerationId earlier) {
        Generation previous = get(earlier);
        GenerationParameters p = previous.parameters();
        ContinuationRequest request = new ContinuationRequest(previous.projectId(), previous.trackId(),
                previous.promptFromBar(), previous.promptToBar(), p.bars(), p.fillIn(),
                new SamplingSettings(p.temperature(), p.topK(), p.topP(), p.minP()), null,
                PromptControls.recorded(p), p.rules());
        return request(request);
    }

    /**
     * The notes of the {@code rank}-th (from 0) training excerpt closest to a generation's proposal,
     * placed where the proposal starts, to hear beside it.
     */
    public List<Note> provenanceExcerpt(GenerationId id, int rank) {
        Generation generation = get(id);
        return provenance.excerpt(generation, prompts.gridOf(generation.projectId()), rank);
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
