/**
 * Serving the model to many users at once: {@link app.tutti.ai.worker.ModelWorkerPool} runs
 * inference requests on a fixed number of worker threads (one PyTorch thread each) from a bounded
 * queue that takes users in turn, with per-user rate limits, per-project concurrency limits,
 * timeouts, cancel and progress. It knows token arrays, not projects or notes.
 */
@NullMarked
package app.tutti.ai.worker;

import org.jspecify.annotations.NullMarked;
