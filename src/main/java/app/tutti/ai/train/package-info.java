/**
 * Training the music transformer on this machine's CPU: {@link app.tutti.ai.train.TrainingArguments}
 * in, {@link app.tutti.ai.train.TrainingResult} out, with windows of token sequences from
 * {@link app.tutti.ai.train.TokenBatches}, checkpoints and resume.
 */
@NullMarked
package app.tutti.ai.train;

import org.jspecify.annotations.NullMarked;
