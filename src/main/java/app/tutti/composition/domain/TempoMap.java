package app.tutti.composition.domain;

import app.tutti.base.domain.InvalidInputException;
import java.util.ArrayList;
import java.util.List;

/**
 * The tempo of a project over time: the tempo at tick 0 (the one chosen in the project's settings)
 * and the later changes, in tick order, each at its own tick.
 */
public record TempoMap(List<TempoPoint> points) {

    public static final int MAX_CHANGES = 10_000;

    public TempoMap {
        points = List.copyOf(points);
        if (points.isEmpty() || points.getFirst().tick() != 0) {
            throw new InvalidInputException("A tempo map starts with the tempo at the start of the song.");
        }
        if (points.size() > MAX_CHANGES + 1) {
            throw new InvalidInputException("A song can have at most " + MAX_CHANGES + " tempo changes.");
        }
        for (int i = 1; i < points.size(); i++) {
            if (points.get(i).tick() <= points.get(i - 1).tick()) {
                throw new InvalidInputException("Tempo changes must be in order, at most one per tick.");
            }
        }
    }

    /** The tempo at tick 0 followed by {@code later} (changes after tick 0). */
    public static TempoMap of(double initialBpm, List<TempoPoint> later) {
        List<TempoPoint> all = new ArrayList<>();
        all.add(new TempoPoint(0, initialBpm));
        all.addAll(later);
        return new TempoMap(all);
    }

    public static TempoMap constant(double bpm) {
        return of(bpm, List.of());
    }

    public double initialBpm() {
        return points.getFirst().bpm();
    }

    /** The changes after tick 0. */
    public List<TempoPoint> later() {
        return points.subList(1, points.size());
    }
}
