package app.tutti.ai.token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A song quantized to sixteenth notes, ready to be written as tokens: the control values, the
 * length of every bar in sixteenths (1 to {@link #MAX_BAR_STEPS}), the notes, and the chord and
 * tempo ({@link TempoScale#EVENT} bucket) changes. Steps count sixteenths from the start of bar 0.
 *
 * <p>A grid song is kept in one canonical form, so that equal music means equal records: notes
 * are sorted in {@link GridNote#IN_TOKEN_ORDER} and a second note with the same track, pitch and
 * start is dropped; of several changes at one step the last counts, and a change to the value
 * already in force is dropped.
 */
public record GridSong(SongControls controls, List<Integer> barSteps, List<GridNote> notes,
        List<StepChange<ChordLabel>> chords, List<StepChange<Integer>> tempos) {

    public static final int MAX_BAR_STEPS = 32;

    public GridSong {
        barSteps = List.copyOf(barSteps);
        notes = canonicalNotes(notes);
        chords = canonicalChanges(chords);
        tempos = canonicalChanges(tempos);
        validate(barSteps, notes, chords, tempos);
    }

    public int barCount() {
        return barSteps.size();
    }

    public int totalSteps() {
        return barSteps.stream().mapToInt(Integer::intValue).sum();
    }

    /** The first step of every bar, in order. */
    public int[] barStarts() {
        int[] starts = new int[barCount()];
        for (int bar = 1; bar < starts.length; bar++) {
            starts[bar] = starts[bar - 1] + barSteps.get(bar - 1);
        }
        return starts;
    }

    /** The first step of {@code bar} (from 0); the song's length for the bar after the last. */
    public int barStart(int bar) {
        int start = 0;
        for (int b = 0; b < bar && b < barSteps.size(); b++) {
            start += barSteps.get(b);
        }
        return start;
    }

    /**
     * Bars {@code from} (inclusive) to {@code to} (exclusive, clipped to the song) as a song of their
     * own: the notes, chords and tempo changes that start in them, moved to start at step 0.
     */
    public GridSong bars(int from, int to) {
        int end = Math.min(to, barCount());
        if (from < 0 || from >= end) {
            throw new IllegalArgumentException("no bars " + from + ".." + to + " in a song of " + barCount());
        }
        int start = barStart(from);
        int stop = barStart(end);
        return new GridSong(controls, barSteps.subList(from, end),
                notes.stream().filter(n -> n.startStep() >= start && n.startStep() < stop)
                        .map(n -> new GridNote(n.track(), n.pitch(), n.startStep() - start, n.durationSteps(),
                                n.velocityBucket()))
                        .toList(),
                shifted(chords, start, stop), shifted(tempos, start, stop));
    }

    private static <T> List<StepChange<T>> shifted(List<StepChange<T>> changes, int start, int stop) {
        return changes.stream().filter(c -> c.step() >= start && c.step() < stop)
                .map(c -> new StepChange<>(c.step() - start, c.value())).toList();
    }

    /** Whether every note is still on the piano after moving by {@code semitones}. */
    public boolean canTranspose(int semitones) {
        return notes.stream().allMatch(note -> GridNote.onPiano(note.pitch() + semitones));
    }

    /** The same song moved up (or down) by {@code semitones}: notes, chords and key. */
    public GridSong transposed(int semitones) {
        if (!canTranspose(semitones)) {
            throw new IllegalArgumentException("transposing by " + semitones + " leaves the piano range");
        }
        return new GridSong(controls.transposed(semitones), barSteps,
                notes.stream().map(note -> note.transposed(semitones)).toList(),
                chords.stream().map(c -> new StepChange<>(c.step(), c.value().transposed(semitones))).toList(),
                tempos);
    }

    private static List<GridNote> canonicalNotes(List<GridNote> notes) {
        List<GridNote> sorted = notes.stream().sorted(GridNote.IN_TOKEN_ORDER).toList();
        Set<List<Integer>> seen = new HashSet<>();
        return sorted.stream()
                .filter(note -> seen.add(List.of(note.startStep(), note.track(), note.pitch())))
                .toList();
    }

    private static <T> List<StepChange<T>> canonicalChanges(List<StepChange<T>> changes) {
        List<StepChange<T>> sorted = changes.stream().sorted(Comparator.comparingInt(StepChange::step)).toList();
        List<StepChange<T>> kept = new ArrayList<>();
        for (int index = 0; index < sorted.size(); index++) {
            StepChange<T> change = sorted.get(index);
            boolean overridden = index + 1 < sorted.size() && sorted.get(index + 1).step() == change.step();
            boolean repeated = !kept.isEmpty() && kept.getLast().value().equals(change.value());
            if (!overridden && !repeated) {
                kept.add(change);
            }
        }
        return List.copyOf(kept);
    }

    private static void validate(List<Integer> barSteps, List<GridNote> notes, List<StepChange<ChordLabel>> chords,
            List<StepChange<Integer>> tempos) {
        if (barSteps.stream().anyMatch(steps -> steps < 1 || steps > MAX_BAR_STEPS)) {
            throw new IllegalArgumentException("a bar must have 1.." + MAX_BAR_STEPS + " steps: " + barSteps);
        }
        int total = barSteps.stream().mapToInt(Integer::intValue).sum();
        boolean outside = notes.stream().anyMatch(note -> note.startStep() >= total)
                || chords.stream().anyMatch(change -> change.step() >= total)
                || tempos.stream().anyMatch(change -> change.step() >= total);
        if (outside) {
            throw new IllegalArgumentException("every note and change must start within the " + total + " steps");
        }
        if (tempos.stream().anyMatch(t -> t.value() < 0 || t.value() >= TempoScale.EVENT.buckets())) {
            throw new IllegalArgumentException("tempo bucket out of range: " + tempos);
        }
    }
}
