/**
 * The editor's browser side in Java: {@code PianoRoll} wraps the {@code <tutti-piano-roll>} web
 * component and turns its edits into {@code EditOp}s.
 */
@NullMarked
package app.tutti.collab.ui;

import org.jspecify.annotations.NullMarked;
