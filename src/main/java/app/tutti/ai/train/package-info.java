/**
 * Training data and the baseline to beat. {@link app.tutti.ai.train.Pop909Dataset} and {@link
 * app.tutti.ai.train.JsbChoraleDataset} read the shared music data into grid songs and token
 * sequences (with optional transposition); {@link app.tutti.ai.train.NGramBaseline} is an
 * n-gram language model over the tokens and {@link app.tutti.ai.train.BaselineEvaluation} measures
 * its perplexity on POP909.
 */
@NullMarked
package app.tutti.ai.train;

import org.jspecify.annotations.NullMarked;
