/**
 * Where a generation comes from: an index over the training songs' melodic lines (pitch intervals
 * and onset gaps, so transposition does not matter) that finds the training excerpts closest to
 * any passage, and the originality gate built on it. See docs/provenance.md.
 */
@NullMarked
package app.tutti.ai.provenance;

import org.jspecify.annotations.NullMarked;
