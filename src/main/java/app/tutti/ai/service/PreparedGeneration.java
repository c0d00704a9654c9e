package app.tutti.ai.service;

import app.tutti.ai.domain.GenerationParameters;
import app.tutti.ai.domain.GenerationTask;

/** A request made concrete: the model's task, the parameters as recorded, and the prompt bars used. */
record PreparedGeneration(GenerationTask task, GenerationParameters parameters, int promptFromBar, int startBar) {
}
