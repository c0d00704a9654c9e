package app.tutti.midi.service;

import app.tutti.midi.domain.MidiNote;
import java.util.List;
import java.util.SortedMap;

/** One track as read from the file: its name ("" if none) and its notes per channel, by channel number. */
record SourceTrack(int index, String name, SortedMap<Integer, List<MidiNote>> notesByChannel) {

    int noteCount() {
        return notesByChannel.values().stream().mapToInt(List::size).sum();
    }
}
