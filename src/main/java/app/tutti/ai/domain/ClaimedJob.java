package app.tutti.ai.domain;

/** A job a worker holds: the generation, its task, and which claim this is (1 for the first). */
public record ClaimedJob(GenerationId generationId, GenerationTask task, int attempt) {
}
