/**
 * A UI-free model of a song as it travels in and out of a Standard MIDI File: tracks of notes on
 * a tick grid, plus the tempo and time-signature maps. Everything is an immutable, validated record.
 */
@NullMarked
package app.tutti.midi.domain;

import org.jspecify.annotations.NullMarked;
