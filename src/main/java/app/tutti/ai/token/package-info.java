/**
 * A REMI-like tokenizer. A song is first quantized to a grid of sixteenth notes ({@link
 * app.tutti.ai.token.Quantizer} makes a {@link app.tutti.ai.token.GridSong}); {@link
 * app.tutti.ai.token.RemiTokenizer} then turns the grid song into token ids of the fixed, versioned
 * {@link app.tutti.ai.token.RemiVocabulary} and back, without loss. The token layout is described
 * on {@link app.tutti.ai.token.RemiTokenizer}.
 */
@NullMarked
package app.tutti.ai.token;

import org.jspecify.annotations.NullMarked;
