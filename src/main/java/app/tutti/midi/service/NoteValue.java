package app.tutti.midi.service;

import java.util.ArrayList;
import java.util.List;

/**
 * A written note length in 32nd notes: its MusicXML type and dots. Any length splits into a
 * few of these (to be tied), longest first.
 */
record NoteValue(int length, String type, int dots) {

    private static final List<NoteValue> ALL = List.of(new NoteValue(48, "whole", 1), new NoteValue(32, "whole", 0),
            new NoteValue(24, "half", 1), new NoteValue(16, "half", 0), new NoteValue(12, "quarter", 1),
            new NoteValue(8, "quarter", 0), new NoteValue(6, "eighth", 1), new NoteValue(4, "eighth", 0),
            new NoteValue(3, "16th", 1), new NoteValue(2, "16th", 0), new NoteValue(1, "32nd", 0));

    static List<NoteValue> split(int length) {
        if (length < 1) {
            throw new IllegalArgumentException("A note lasts at least a 32nd, not " + length);
        }
        List<NoteValue> values = new ArrayList<>();
        int left = length;
        while (left > 0) {
            for (NoteValue value : ALL) {
                if (value.length <= left) {
                    values.add(value);
                    left -= value.length;
                    break;
                }
            }
        }
        return values;
    }
}
