package app.tutti.midi.service;

import app.tutti.midi.domain.MidiNote;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Turns one track's notes into measures of {@link ScoreSlice}s for notation. Notes are quantized
 * to 16ths (at least one 16th long); each measure is cut wherever a note starts or ends, and a
 * note sounding across a cut (or a barline) is written as tied pieces. One voice of chords is
 * always valid notation and plays back exactly as the quantized notes.
 */
final class ScoreSlicer {

    /** Notation time unit: a 32nd note. */
    static final int UNITS_PER_QUARTER = 8;

    private record Span(int start, int end, int pitch) {
    }

    private final int ticksPerQuarter;
    private final int measureLength;

    ScoreSlicer(int ticksPerQuarter, int beatsPerBar, int beatUnit) {
        this.ticksPerQuarter = ticksPerQuarter;
        this.measureLength = beatsPerBar * UNITS_PER_QUARTER * 4 / beatUnit;
    }

    int measureLength() {
        return measureLength;
    }

    /** How many measures the notes need (at least one). */
    int measuresFor(List<MidiNote> notes) {
        int end = notes.stream().map(this::span).mapToInt(Span::end).max().orElse(0);
        return Math.max(1, (end + measureLength - 1) / measureLength);
    }

    List<List<ScoreSlice>> slice(List<MidiNote> notes, int measures) {
        List<Span> spans = notes.stream().map(this::span).toList();
        List<List<ScoreSlice>> result = new ArrayList<>(measures);
        for (int m = 0; m < measures; m++) {
            result.add(measure(spans, m * measureLength));
        }
        return result;
    }

    private List<ScoreSlice> measure(List<Span> spans, int from) {
        int to = from + measureLength;
        TreeSet<Integer> cuts = new TreeSet<>(List.of(from, to));
        List<Span> here = spans.stream().filter(s -> s.start() < to && s.end() > from).toList();
        for (Span span : here) {
            cuts.add(Math.max(from, span.start()));
            cuts.add(Math.min(to, span.end()));
        }
        List<ScoreSlice> slices = new ArrayList<>();
        Integer previous = null;
        for (int cut : cuts) {
            if (previous != null) {
                slices.add(slice(here, previous, cut, from));
            }
            previous = cut;
        }
        return slices;
    }

    private static ScoreSlice slice(List<Span> spans, int start, int end, int measureStart) {
        TreeSet<Integer> pitches = new TreeSet<>();
        TreeSet<Integer> fromBefore = new TreeSet<>();
        TreeSet<Integer> onward = new TreeSet<>();
        for (Span span : spans) {
            if (span.start() <= start && span.end() >= end) {
                pitches.add(span.pitch());
                if (span.start() < start) {
                    fromBefore.add(span.pitch());
                }
                if (span.end() > end) {
                    onward.add(span.pitch());
                }
            }
        }
        return new ScoreSlice(start - measureStart, end - start, List.copyOf(pitches), List.copyOf(fromBefore),
                List.copyOf(onward));
    }

    /** The note in 32nds, start and end rounded to the nearest 16th. */
    private Span span(MidiNote note) {
        int start = sixteenths(note.startTick());
        int end = Math.max(start + 1, sixteenths(note.endTick()));
        return new Span(start * 2, end * 2, note.pitch());
    }

    private int sixteenths(long tick) {
        return (int) Math.round(tick * 4.0 / ticksPerQuarter);
    }
}
