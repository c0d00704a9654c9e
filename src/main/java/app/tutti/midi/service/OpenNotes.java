package app.tutti.midi.service;

import app.tutti.midi.domain.MidiNote;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Pairs note-ons with note-offs on one channel of one file track. When several notes of the same
 * pitch are sounding, a note-off ends the one that started first (first in, first out). A note
 * that starts and ends on the same tick is left out and counted; a note never released ends at
 * the end of its track.
 */
final class OpenNotes {

    private record Pending(long startTick, int velocity) {
    }

    private final Map<Integer, ArrayDeque<Pending>> soundingByPitch = new TreeMap<>();
    private final List<MidiNote> notes = new ArrayList<>();
    private final ImportProblems problems;

    OpenNotes(ImportProblems problems) {
        this.problems = problems;
    }

    void start(int pitch, long tick, int velocity) {
        soundingByPitch.computeIfAbsent(pitch, key -> new ArrayDeque<>()).addLast(new Pending(tick, velocity));
    }

    /** Ends the earliest sounding note of this pitch; a note-off with nothing to end is ignored. */
    void stop(int pitch, long tick) {
        ArrayDeque<Pending> sounding = soundingByPitch.get(pitch);
        if (sounding == null || sounding.isEmpty()) {
            return;
        }
        if (!add(pitch, sounding.removeFirst(), tick)) {
            problems.zeroLengthNote();
        }
    }

    /** Ends every note still sounding at {@code endTick} and returns all notes of this channel. */
    List<MidiNote> finish(long endTick) {
        soundingByPitch.forEach((pitch, sounding) -> sounding.forEach(pending -> {
            if (add(pitch, pending, endTick)) {
                problems.unclosedNote();
            } else {
                problems.zeroLengthNote();
            }
        }));
        soundingByPitch.clear();
        return notes;
    }

    private boolean add(int pitch, Pending pending, long endTick) {
        if (endTick <= pending.startTick()) {
            return false;
        }
        notes.add(new MidiNote(pitch, pending.startTick(), endTick - pending.startTick(), pending.velocity()));
        return true;
    }
}
