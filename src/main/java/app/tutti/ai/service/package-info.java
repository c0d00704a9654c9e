/**
 * AI continuation as a service: loading the shipped model at start-up, building prompts from a
 * project's notes, running generations on the local worker pool or through AI-worker nodes, the
 * generation records, and accepting or rejecting the proposed notes. The editor UI talks only to
 * {@link app.tutti.ai.service.ContinuationService} and
 * {@link app.tutti.ai.service.GenerationDecisionService}; see docs/ai-serving.md.
 */
@NullMarked
package app.tutti.ai.service;

import org.jspecify.annotations.NullMarked;
