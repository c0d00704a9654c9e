package app.tutti.ai.service;

import app.tutti.ai.domain.GenerationParameters;
import app.tutti.ai.domain.GenerationTask;

/**
 * A request made concrete: the model's task, the parameters as recorded, the prompt bars used, and
 * the project's grid (to measure the proposal against training music on the same grid).
 */
record PreparedGeneration(GenerationTask task, GenerationParameters parameters, int promptFromBar, int startBar,
        ProjectGrid grid) {
}
