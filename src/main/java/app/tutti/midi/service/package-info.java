/**
 * Reading Standard MIDI Files into a {@link app.tutti.midi.domain.MidiSong} ({@link
 * app.tutti.midi.service.MidiImporter}) and writing songs back out ({@link
 * app.tutti.midi.service.MidiExporter}), both on top of {@code javax.sound.midi}.
 */
@NullMarked
package app.tutti.midi.service;

import org.jspecify.annotations.NullMarked;
