package app.tutti.midi.service;

import java.util.List;

/**
 * What an import had to repair or leave out. {@code warnings} are sentences to show the user;
 * an empty list means the file was imported as it is.
 */
public record ImportReport(int zeroLengthNotesDropped, int unclosedNotesEnded, List<String> warnings) {

    public ImportReport {
        warnings = List.copyOf(warnings);
    }
}
