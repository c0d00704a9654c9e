package app.tutti.ai.train;

import app.tutti.ai.token.ChordLabel;
import app.tutti.ai.token.TimedChord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The chord and beat annotations that come with each POP909 song, converted to the song's ticks.
 * Missing files mean no chords and no known downbeat. The beat times sit on the MIDI file's
 * quarter notes (checked: within 5 ticks for 907 of the 909 songs), so they can place bar lines.
 */
final class Pop909Annotations {

    private static final int DEFAULT_BEATS_PER_BAR = 4;

    private final TempoMap tempoMap;

    Pop909Annotations(TempoMap tempoMap) {
        this.tempoMap = tempoMap;
    }

    /** {@code chord_midi.txt}: lines of {@code start_sec end_sec label}, such as {@code 2.72 4.05 B:maj}. */
    List<TimedChord> chords(Path file) {
        List<TimedChord> chords = new ArrayList<>();
        for (String[] fields : rows(file)) {
            if (fields.length >= 3) {
                chords.add(new TimedChord(tempoMap.tickAt(Double.parseDouble(fields[0])),
                        ChordLabel.parsePop909(fields[2])));
            }
        }
        return chords;
    }

    /**
     * {@code beat_midi.txt}: one line per beat, the time and two markers; the third column is 1 on
     * downbeats. Gives the tick of the first downbeat, if any.
     */
    OptionalLong firstDownbeat(Path file) {
        return rows(file).stream()
                .filter(fields -> fields.length >= 3 && Double.parseDouble(fields[2]) == 1.0)
                .mapToLong(fields -> tempoMap.tickAt(Double.parseDouble(fields[0])))
                .findFirst();
    }

    /** The most common number of beats from one downbeat to the next; 4 when there are too few. */
    int beatsPerBar(Path file) {
        Map<Integer, Integer> spacings = new HashMap<>();
        int previousDownbeat = -1;
        List<String[]> rows = rows(file);
        for (int beat = 0; beat < rows.size(); beat++) {
            if (rows.get(beat).length >= 3 && Double.parseDouble(rows.get(beat)[2]) == 1.0) {
                if (previousDownbeat >= 0) {
                    spacings.merge(beat - previousDownbeat, 1, Integer::sum);
                }
                previousDownbeat = beat;
            }
        }
        return spacings.entrySet().stream()
                .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .orElse(DEFAULT_BEATS_PER_BAR);
    }

    private static List<String[]> rows(Path file) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            return Files.readAllLines(file).stream()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty())
                    .map(line -> line.split("\\s+"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
