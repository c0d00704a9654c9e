package app.tutti.ai.service;

import app.tutti.ai.translate.SamplingSettings;
import app.tutti.ai.translate.MusicRules;
import app.tutti.base.domain.InvalidInputException;
import app.tutti.base.domain.ProjectId;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a user asks the model for. Bars count from 0. The prompt is bars {@code promptFromBar} up
 * to (not including) {@code startBar} of the project, all tracks; the model writes {@code bars}
 * bars from {@code startBar} on, and the notes it writes for the chosen track become the proposal.
 * For a fill-in the proposal is cut off at {@code startBar + bars} so it fits the gap. Build one with
 * {@link #continueAfter}, {@link #continueFrom} or {@link #fillIn}, then the {@code with...} methods.
 *
 * @param seed null picks a random seed (recorded on the generation)
 * @param rules the musical limits the new notes keep (key, pitch range, polyphony); the service
 *     restricts them to the chosen track and the token grammar, and records them, so a worker node
 *     and a regenerate apply the same rules
 */
public record ContinuationRequest(ProjectId project, UUID trackId, int promptFromBar, int startBar, int bars,
        boolean fillIn, SamplingSettings sampling, @Nullable Long seed, PromptControls controls,
        MusicRules rules) {

    public static final int MAX_BARS = 16;
    public static final int DEFAULT_PROMPT_BARS = 8;
    /** Temperature 1, top-p 0.95: what the model card's sample continuations used. */
    public static final SamplingSettings DEFAULT_SAMPLING = new SamplingSettings(1.0f, 0, 0.95f, 0);

    public ContinuationRequest {
        if (bars < 1 || bars > MAX_BARS) {
            throw new InvalidInputException("Ask for 1 to " + MAX_BARS + " bars, not " + bars + ".");
        }
        if (promptFromBar < 0 || startBar < promptFromBar) {
            throw new InvalidInputException("The prompt must be bars before the place the new music starts.");
        }
        if (startBar - promptFromBar > MAX_BARS) {
            throw new InvalidInputException("The prompt can be at most " + MAX_BARS + " bars long.");
        }
    }

    /** Continue after the selected bars {@code fromBar} to {@code toBar} (exclusive) with {@code bars} new bars. */
    public static ContinuationRequest continueAfter(ProjectId project, UUID trackId, int fromBar, int toBar, int bars) {
        return new ContinuationRequest(project, trackId, fromBar, toBar, bars, false, DEFAULT_SAMPLING, null,
                PromptControls.FROM_PROJECT, MusicRules.NONE);
    }

    /** Continue from bar {@code startBar} (the playhead), with up to 8 bars before it as the prompt. */
    public static ContinuationRequest continueFrom(ProjectId project, UUID trackId, int startBar, int bars) {
        return continueAfter(project, trackId, Math.max(0, startBar - DEFAULT_PROMPT_BARS), startBar, bars);
    }

    /**
     * Fill bars {@code gapFromBar} to {@code gapToBar} (exclusive), conditioned on up to 8 bars
     * before the gap; the model cannot see the music after it (it reads left to right).
     */
    public static ContinuationRequest fillIn(ProjectId project, UUID trackId, int gapFromBar, int gapToBar) {
        ContinuationRequest continuation = continueFrom(project, trackId, gapFromBar, gapToBar - gapFromBar);
        return new ContinuationRequest(project, trackId, continuation.promptFromBar(), gapFromBar,
                gapToBar - gapFromBar, true, DEFAULT_SAMPLING, null, PromptControls.FROM_PROJECT, MusicRules.NONE);
    }

    public ContinuationRequest withSampling(SamplingSettings newSampling) {
        return new ContinuationRequest(project, trackId, promptFromBar, startBar, bars, fillIn, newSampling, seed,
                controls, rules);
    }

    public ContinuationRequest withSeed(@Nullable Long newSeed) {
        return new ContinuationRequest(project, trackId, promptFromBar, startBar, bars, fillIn, sampling, newSeed,
                controls, rules);
    }

    public ContinuationRequest withControls(PromptControls newControls) {
        return new ContinuationRequest(project, trackId, promptFromBar, startBar, bars, fillIn, sampling, seed,
                newControls, rules);
    }

    public ContinuationRequest withRules(MusicRules newRules) {
        return new ContinuationRequest(project, trackId, promptFromBar, startBar, bars, fillIn, sampling, seed,
                controls, newRules);
    }
}
