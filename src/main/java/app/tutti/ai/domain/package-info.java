/**
 * AI generations as records: what was asked ({@link app.tutti.ai.domain.GenerationParameters},
 * the prompt region), by whom, which model wrote what ({@link app.tutti.ai.domain.Generation}),
 * who accepted it; the work itself as a {@link app.tutti.ai.domain.GenerationTask} that any node
 * can run; and the repositories of generations and of jobs waiting for AI-worker nodes.
 */
@NullMarked
package app.tutti.ai.domain;

import org.jspecify.annotations.NullMarked;
