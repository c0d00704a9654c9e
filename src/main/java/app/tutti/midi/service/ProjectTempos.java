package app.tutti.midi.service;

import app.tutti.composition.domain.ProjectDetails;
import app.tutti.composition.domain.TempoMap;
import app.tutti.composition.domain.TempoPoint;
import app.tutti.midi.domain.TempoChange;
import java.util.ArrayList;
import java.util.List;

/**
 * Converts between a song's tempo changes (as MIDI stores them) and a project's tempo map. On the
 * way in, ticks move to the project's resolution, tempos are rounded to 1/100 bpm and clamped to
 * what a project allows, and a change that repeats the tempo before it is left out. MIDI plays at
 * 120 bpm until the first tempo event.
 */
final class ProjectTempos {

    private static final double MIDI_DEFAULT_BPM = 120;

    private ProjectTempos() {
    }

    static TempoMap toTempoMap(List<TempoChange> tempos, TickScale scale) {
        List<TempoPoint> points = new ArrayList<>();
        points.add(new TempoPoint(0, MIDI_DEFAULT_BPM));
        for (TempoChange tempo : tempos) {
            TempoPoint point = new TempoPoint(scale.start(tempo.tick()), projectBpm(tempo.bpm()));
            if (points.getLast().tick() == point.tick()) {
                points.removeLast();
            }
            if (points.isEmpty() || points.getLast().bpm() != point.bpm()) {
                points.add(point);
            }
        }
        return new TempoMap(points);
    }

    static List<TempoChange> toMidi(TempoMap tempoMap) {
        return tempoMap.points().stream().map(point -> TempoChange.ofBpm(point.tick(), point.bpm())).toList();
    }

    private static double projectBpm(double bpm) {
        double rounded = Math.round(bpm * 100) / 100.0;
        return Math.max(ProjectDetails.MIN_TEMPO, Math.min(ProjectDetails.MAX_TEMPO, rounded));
    }
}
