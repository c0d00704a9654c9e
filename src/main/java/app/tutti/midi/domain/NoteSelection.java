package app.tutti.midi.domain;

/** Picks notes out of a song, for example the notes a user selected on the piano roll. */
@FunctionalInterface
public interface NoteSelection {

    boolean includes(int trackIndex, MidiNote note);
}
