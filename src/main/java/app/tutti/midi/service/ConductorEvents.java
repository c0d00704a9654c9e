package app.tutti.midi.service;

import app.tutti.midi.domain.TempoChange;
import app.tutti.midi.domain.TimeSignatureChange;
import java.util.List;
import java.util.TreeMap;
import javax.sound.midi.MetaMessage;

/**
 * Tempo (meta 0x51) and time-signature (meta 0x58) events from any track of a file. When two
 * arrive for the same tick the later one in the file wins; malformed ones are ignored and counted.
 */
final class ConductorEvents {

    static final int TEMPO = 0x51;
    static final int TIME_SIGNATURE = 0x58;
    private static final int MAX_DENOMINATOR_POWER = 6;

    private final TreeMap<Long, TempoChange> tempos = new TreeMap<>();
    private final TreeMap<Long, TimeSignatureChange> timeSignatures = new TreeMap<>();
    private final ImportProblems problems;

    ConductorEvents(ImportProblems problems) {
        this.problems = problems;
    }

    void accept(MetaMessage message, long tick) {
        switch (message.getType()) {
            case TEMPO -> tempo(message.getData(), tick);
            case TIME_SIGNATURE -> timeSignature(message.getData(), tick);
            default -> {
                // Other meta events (text, key signature, markers, ...) are not imported.
            }
        }
    }

    List<TempoChange> tempos() {
        return List.copyOf(tempos.values());
    }

    List<TimeSignatureChange> timeSignatures() {
        return List.copyOf(timeSignatures.values());
    }

    private void tempo(byte[] data, long tick) {
        int microsecondsPerQuarter = data.length < 3 ? 0
                : (data[0] & 0xFF) << 16 | (data[1] & 0xFF) << 8 | (data[2] & 0xFF);
        if (microsecondsPerQuarter == 0) {
            problems.invalidTempo();
            return;
        }
        tempos.put(tick, new TempoChange(tick, microsecondsPerQuarter));
    }

    private void timeSignature(byte[] data, long tick) {
        if (data.length < 2 || data[0] == 0 || (data[1] & 0xFF) > MAX_DENOMINATOR_POWER) {
            problems.invalidTimeSignature();
            return;
        }
        timeSignatures.put(tick, new TimeSignatureChange(tick, data[0] & 0xFF, 1 << data[1]));
    }
}
