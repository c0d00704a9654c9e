/** MIDI import page and the editor's export action. */
@NullMarked
package app.tutti.midi.ui;

import org.jspecify.annotations.NullMarked;
