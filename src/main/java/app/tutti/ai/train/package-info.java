/**
 * Training data, the baseline to beat, and training the transformer on this machine's CPU.
 * {@link app.tutti.ai.train.Pop909Dataset} and {@link app.tutti.ai.train.JsbChoraleDataset} read the
 * shared music data into grid songs and token sequences (with optional transposition);
 * {@link app.tutti.ai.train.NGramBaseline} is an n-gram language model over the tokens and
 * {@link app.tutti.ai.train.BaselineEvaluation} measures its perplexity on POP909;
 * {@link app.tutti.ai.train.TrainMusicTransformer} turns {@link app.tutti.ai.train.TrainingArguments}
 * into a {@link app.tutti.ai.train.TrainingResult}, with windows from
 * {@link app.tutti.ai.train.TokenBatches}, checkpoints and resume.
 */
@NullMarked
package app.tutti.ai.train;

import org.jspecify.annotations.NullMarked;
