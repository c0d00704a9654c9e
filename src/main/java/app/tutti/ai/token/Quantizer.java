package app.tutti.ai.token;

import app.tutti.midi.domain.MidiNote;
import app.tutti.midi.domain.MidiSong;
import app.tutti.midi.domain.MidiTrack;
import app.tutti.midi.domain.TempoChange;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Puts a MIDI song (any ticks per quarter) on the sixteenth-note grid. Every note start and end
 * moves to the nearest sixteenth; a note then lasts 1 to {@link GridNote#MAX_DURATION} sixteenths
 * (longer notes are cut to that). Drum tracks and notes off the piano (below 21, above 108) are
 * left out. The other tracks become grid tracks 0, 1, 2 in order; any further tracks join track 3.
 * Bars follow the time signatures (see {@link BarPlanner}) and end with the bar of the last note
 * start; chord and tempo changes after that are dropped.
 *
 * <p>Step 0 is at {@code originTick}, usually 0, or the first downbeat when a file's music does not
 * start on its bar lines; if notes start earlier, the grid moves back by whole bars. Time-signature
 * and tempo changes at or before the origin hold from step 0.
 */
public final class Quantizer {

    public static final int STEPS_PER_QUARTER = 4;
    private static final double DEFAULT_BPM = 120;

    public GridSong quantize(MidiSong song, Style style) {
        return quantize(song, style, 0, List.of());
    }

    public GridSong quantize(MidiSong song, Style style, long originTick, List<TimedChord> chords) {
        Grid grid = coverEarliestNote(song, new Grid(originTick, (double) song.ticksPerQuarter() / STEPS_PER_QUARTER));
        List<GridNote> notes = notes(song, grid);
        int lastStart = notes.stream().mapToInt(GridNote::startStep).max().orElse(-1);
        List<Integer> bars = BarPlanner.plan(meters(song, grid), lastStart);
        int total = bars.stream().mapToInt(Integer::intValue).sum();
        List<StepChange<ChordLabel>> chordChanges = chords.stream()
                .map(chord -> new StepChange<>(grid.changeStep(chord.tick()), chord.chord()))
                .filter(change -> change.step() < total)
                .toList();
        SongControls controls = SongControls.measure(style, notes, total, bpmAtOrigin(song, grid));
        return new GridSong(controls, bars, notes, chordChanges, tempos(song, grid, total));
    }

    private static Grid coverEarliestNote(MidiSong song, Grid grid) {
        long earliest = playable(song).flatMap(track -> track.notes().stream())
                .filter(note -> GridNote.onPiano(note.pitch()))
                .mapToLong(MidiNote::startTick)
                .min()
                .orElse(Long.MAX_VALUE);
        int firstBarSteps = meters(song, grid).stream()
                .filter(meter -> meter.step() == 0)
                .reduce((first, second) -> second)
                .map(StepChange::value)
                .orElse(16);
        Grid covering = grid;
        while (earliest != Long.MAX_VALUE && covering.step(earliest) < 0) {
            covering = covering.movedBack(firstBarSteps);
        }
        return covering;
    }

    private static List<GridNote> notes(MidiSong song, Grid grid) {
        List<GridNote> notes = new ArrayList<>();
        List<MidiTrack> tracks = playable(song).toList();
        for (int index = 0; index < tracks.size(); index++) {
            int track = Math.min(index, GridNote.TRACKS - 1);
            for (MidiNote note : tracks.get(index).notes()) {
                if (GridNote.onPiano(note.pitch())) {
                    int start = grid.step(note.startTick());
                    notes.add(GridNote.capped(track, note.pitch(), start, grid.step(note.endTick()) - start,
                            GridNote.velocityBucketOf(note.velocity())));
                }
            }
        }
        return notes;
    }

    private static Stream<MidiTrack> playable(MidiSong song) {
        return song.tracks().stream().filter(track -> !track.drums());
    }

    private static List<StepChange<Integer>> meters(MidiSong song, Grid grid) {
        return song.timeSignatures().stream()
                .map(signature -> new StepChange<>(grid.changeStep(signature.tick()), BarPlanner.stepsPerBar(signature)))
                .toList();
    }

    private static List<StepChange<Integer>> tempos(MidiSong song, Grid grid, int totalSteps) {
        List<StepChange<Integer>> tempos = new ArrayList<>();
        tempos.add(new StepChange<>(0, TempoScale.EVENT.bucket(DEFAULT_BPM)));
        for (TempoChange tempo : song.tempos()) {
            tempos.add(new StepChange<>(grid.changeStep(tempo.tick()), TempoScale.EVENT.bucket(tempo.bpm())));
        }
        return tempos.stream().filter(change -> change.step() < totalSteps).toList();
    }

    private static double bpmAtOrigin(MidiSong song, Grid grid) {
        return song.tempos().stream()
                .filter(tempo -> grid.changeStep(tempo.tick()) == 0)
                .reduce((first, second) -> second)
                .map(TempoChange::bpm)
                .orElse(DEFAULT_BPM);
    }

    /** Step 0 at {@code originTick}; a step lasts {@code ticksPerStep} (not always a whole number). */
    private record Grid(double originTick, double ticksPerStep) {

        int step(long tick) {
            return (int) Math.round((tick - originTick) / ticksPerStep);
        }

        /** Where a tempo or time-signature change takes effect: from step 0 if at or before the origin. */
        int changeStep(long tick) {
            return tick <= Math.max(0, originTick) ? 0 : Math.max(0, step(tick));
        }

        Grid movedBack(int steps) {
            return new Grid(originTick - steps * ticksPerStep, ticksPerStep);
        }
    }
}
