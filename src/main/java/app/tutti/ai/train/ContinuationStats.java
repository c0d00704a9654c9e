package app.tutti.ai.train;

import app.tutti.ai.token.GridNote;
import app.tutti.ai.token.MusicKey;
import java.util.List;

/**
 * Note statistics of a few bars of music, and how far its pitch-class histogram is from a
 * reference's: the numbers the model card compares for real and generated continuations.
 */
record ContinuationStats(int notes, double inKeyRate, double notesPerBar, double meanDurationSteps,
        double[] pitchClassHistogram) {

    static ContinuationStats of(List<GridNote> notes, int bars, MusicKey key) {
        double[] histogram = new double[12];
        int inKey = 0;
        double duration = 0;
        for (GridNote note : notes) {
            histogram[note.pitch() % 12] += 1.0 / Math.max(1, notes.size());
            inKey += key.contains(note.pitch()) ? 1 : 0;
            duration += note.durationSteps();
        }
        return new ContinuationStats(notes.size(), notes.isEmpty() ? 0 : (double) inKey / notes.size(),
                (double) notes.size() / bars, notes.isEmpty() ? 0 : duration / notes.size(), histogram);
    }

    /** L1 distance of the two pitch-class histograms: 0 (same) to 2 (no pitch class in common). */
    double pitchClassDistance(ContinuationStats reference) {
        double distance = 0;
        for (int pitchClass = 0; pitchClass < 12; pitchClass++) {
            distance += Math.abs(pitchClassHistogram[pitchClass] - reference.pitchClassHistogram[pitchClass]);
        }
        return distance;
    }
}
