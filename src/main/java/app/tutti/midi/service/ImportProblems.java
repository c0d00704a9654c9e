package app.tutti.midi.service;

import java.util.ArrayList;
import java.util.List;

/** Collects, during one import, what had to be repaired or left out; turns it into a report. */
final class ImportProblems {

    private int zeroLengthNotes;
    private int unclosedNotes;
    private int invalidTempos;
    private int invalidTimeSignatures;
    private int damagedEvents;
    private final List<String> trackWarnings = new ArrayList<>();

    void zeroLengthNote() {
        zeroLengthNotes++;
    }

    void unclosedNote() {
        unclosedNotes++;
    }

    void invalidTempo() {
        invalidTempos++;
    }

    void invalidTimeSignature() {
        invalidTimeSignatures++;
    }

    void damagedEvent() {
        damagedEvents++;
    }

    void instrumentChangedMidTrack(String trackName) {
        trackWarnings.add("Track \"" + trackName + "\" changes instrument during the song; all its notes now use "
                + "its first instrument.");
    }

    int zeroLengthNotes() {
        return zeroLengthNotes;
    }

    ImportReport report() {
        List<String> warnings = new ArrayList<>();
        if (zeroLengthNotes > 0) {
            warnings.add(count(zeroLengthNotes, "note has", "notes have")
                    + " no length (they start and end at the same moment) and were left out.");
        }
        if (unclosedNotes > 0) {
            warnings.add(count(unclosedNotes, "note is", "notes are")
                    + " never released in the file; they now end where their track ends.");
        }
        if (invalidTempos > 0) {
            warnings.add(count(invalidTempos, "invalid tempo change was", "invalid tempo changes were") + " ignored.");
        }
        if (invalidTimeSignatures > 0) {
            warnings.add(count(invalidTimeSignatures, "invalid time signature was", "invalid time signatures were")
                    + " ignored.");
        }
        if (damagedEvents > 0) {
            warnings.add(count(damagedEvents, "damaged event was", "damaged events were")
                    + " ignored; some notes may be missing or wrong.");
        }
        warnings.addAll(trackWarnings);
        return new ImportReport(zeroLengthNotes, unclosedNotes, warnings);
    }

    private static String count(int n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }
}
