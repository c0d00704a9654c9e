package app.tutti.ai.token;

import app.tutti.midi.domain.TimeSignatureChange;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays bars over the grid from the time signatures. A bar has as many steps as its time signature
 * has sixteenths (4/4: 16, 3/4 and 6/8: 12, 2/2: 16), rounded, at least one; a signature longer than
 * {@link GridSong#MAX_BAR_STEPS} is cut into equal bars that fit (12/4 becomes two bars of 24). A
 * time signature that changes inside a bar ends that bar early, at the change.
 */
final class BarPlanner {

    private static final int DEFAULT_STEPS = 16;

    private BarPlanner() {
    }

    /**
     * Bar lengths, from step 0 until the bar holding {@code lastStep}; none when it is negative.
     * {@code meters} are sorted by step and give the bar length in steps from that step on.
     */
    static List<Integer> plan(List<StepChange<Integer>> meters, int lastStep) {
        List<Integer> bars = new ArrayList<>();
        int current = DEFAULT_STEPS;
        int next = 0;
        for (int barStart = 0; barStart <= lastStep; ) {
            while (next < meters.size() && meters.get(next).step() <= barStart) {
                current = meters.get(next++).value();
            }
            int length = current;
            if (next < meters.size() && meters.get(next).step() < barStart + length) {
                length = meters.get(next).step() - barStart;
            }
            bars.add(length);
            barStart += length;
        }
        return bars;
    }

    static int stepsPerBar(TimeSignatureChange signature) {
        double sixteenths = signature.numerator() * 16.0 / signature.denominator();
        int parts = (int) Math.ceil(sixteenths / GridSong.MAX_BAR_STEPS);
        return (int) Math.max(1, Math.round(sixteenths / parts));
    }
}
