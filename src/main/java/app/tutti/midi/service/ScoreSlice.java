package app.tutti.midi.service;

import java.util.List;

/**
 * A stretch of one measure in which the same pitches sound: a chord, a single note or (no
 * pitches) a rest. Times are in 32nd notes from the measure's start. {@code tiedFromBefore} and
 * {@code tiedOnward} hold the pitches that continue from the previous slice or into the next.
 */
record ScoreSlice(int start, int length, List<Integer> pitches, List<Integer> tiedFromBefore,
        List<Integer> tiedOnward) {

    ScoreSlice {
        pitches = List.copyOf(pitches);
        tiedFromBefore = List.copyOf(tiedFromBefore);
        tiedOnward = List.copyOf(tiedOnward);
    }

    boolean isRest() {
        return pitches.isEmpty();
    }
}
