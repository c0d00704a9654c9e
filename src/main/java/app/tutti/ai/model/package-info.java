/**
 * The music transformer as DJL blocks: a decoder-only, pre-LayerNorm transformer with a causal
 * mask, learned positions, tied input/output embeddings and a key/value cache for generation
 * ({@link app.tutti.ai.model.MusicTransformerBlock}). {@link app.tutti.ai.model.MusicModel} owns a
 * loaded model's native memory; {@link app.tutti.ai.model.CheckpointDirectory} is the on-disk format
 * shared by training and serving.
 */
@NullMarked
package app.tutti.ai.model;

import org.jspecify.annotations.NullMarked;
