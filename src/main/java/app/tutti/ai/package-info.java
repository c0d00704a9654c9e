/**
 * The built-in AI model that continues a user's music: {@code token} turns songs into token
 * sequences and back, {@code train} prepares data sets and the n-gram baseline the model has to beat.
 */
@NullMarked
package app.tutti.ai;

import org.jspecify.annotations.NullMarked;
