package app.tutti.history.ui;

import app.tutti.composition.domain.Note;
import app.tutti.history.domain.VersionDiff;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** One line of a comparison: what kind of difference, the note to show, and old → new in words. */
record Difference(String kind, Note shown, String description) {

    private static final String[] NAMES = {"C", "C♯", "D", "E♭", "E", "F", "F♯", "G", "A♭", "A", "B♭", "B"};

    /** All differences in time order, so "next" moves forward through the piece. */
    static List<Difference> of(VersionDiff diff, int ticksPerBar, int ticksPerBeat) {
        List<Difference> all = new ArrayList<>();
        diff.added().forEach(n -> all.add(new Difference(DiffTracks.ADDED, n, place(n, ticksPerBar, ticksPerBeat))));
        diff.removed().forEach(n -> all.add(new Difference(DiffTracks.REMOVED, n,
                place(n, ticksPerBar, ticksPerBeat))));
        diff.changed().forEach(d -> all.add(new Difference(DiffTracks.CHANGED, d.after(),
                place(d.after(), ticksPerBar, ticksPerBeat) + ": " + changes(d))));
        all.sort(Comparator.comparingLong((Difference d) -> d.shown().start()).thenComparingInt(d -> d.shown().pitch()));
        return all;
    }

    private static String place(Note note, int ticksPerBar, int ticksPerBeat) {
        return pitchName(note.pitch()) + " in bar " + (note.start() / ticksPerBar + 1) + ", beat "
                + (note.start() % ticksPerBar / ticksPerBeat + 1);
    }

    private static String changes(VersionDiff.NoteDelta delta) {
        Note before = delta.before();
        Note after = delta.after();
        List<String> parts = new ArrayList<>();
        for (String field : delta.changedFields()) {
            parts.add(switch (field) {
                case "pitch" -> "pitch " + pitchName(before.pitch()) + " → " + pitchName(after.pitch());
                case "start" -> "start " + before.start() + " → " + after.start();
                case "duration" -> "length " + before.duration() + " → " + after.duration();
                case "velocity" -> "velocity " + before.velocity() + " → " + after.velocity();
                default -> "moved to another track";
            });
        }
        return String.join(", ", parts);
    }

    static String pitchName(int pitch) {
        return NAMES[pitch % 12] + (pitch / 12 - 1);
    }
}
