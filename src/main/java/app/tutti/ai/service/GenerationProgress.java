package app.tutti.ai.service;

import app.tutti.ai.domain.GenerationStatus;

/**
 * Where a generation stands, for a progress display.
 *
 * @param queuePosition requests that go before it (0: next), or -1 once it runs or ended
 * @param tokensGenerated tokens the model has written so far
 */
public record GenerationProgress(GenerationStatus status, int queuePosition, int tokensGenerated) {
}
