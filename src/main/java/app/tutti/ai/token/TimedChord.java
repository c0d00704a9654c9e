package app.tutti.ai.token;

/** A chord that starts at a MIDI tick, as read from chord annotations before quantizing. */
public record TimedChord(long tick, ChordLabel chord) {
}
