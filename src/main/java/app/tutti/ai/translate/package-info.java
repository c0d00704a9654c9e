/**
 * Turning token arrays into tensors and logits back into tokens: {@link app.tutti.ai.translate.Generator}
 * continues a prompt with the key/value cache, {@link app.tutti.ai.translate.Sampler} picks each token
 * (temperature, top-k, top-p, min-p) and {@link app.tutti.ai.translate.TokenConstraint} lets the
 * tokenizer forbid tokens. The only package besides the blocks that knows the tensor layout.
 */
@NullMarked
package app.tutti.ai.translate;

import org.jspecify.annotations.NullMarked;
