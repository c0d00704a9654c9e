package app.tutti.midi.service;

import java.time.Duration;

/**
 * How much a MIDI import may contain. The defaults allow 5 MB files, 64 tracks, 200,000 notes
 * and 24 hours of music; anything bigger is rejected rather than slowing the server down.
 */
public record MidiImportLimits(long maxFileBytes, int maxTracks, int maxNotes, Duration maxLength) {

    public static final MidiImportLimits DEFAULTS = new MidiImportLimits(5L * 1024 * 1024, 64, 200_000,
            Duration.ofHours(24));

    public MidiImportLimits {
        if (maxFileBytes < 1 || maxFileBytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("maxFileBytes must be between 1 byte and 2 GB: " + maxFileBytes);
        }
        if (maxTracks < 1 || maxNotes < 1 || maxLength.isNegative() || maxLength.isZero()) {
            throw new IllegalArgumentException("Import limits must be positive");
        }
    }

    /** The largest file size as users read it, e.g. "5 MB". */
    public String maxFileSizeText() {
        return new FileSize(maxFileBytes).toString();
    }

    public MidiImportLimits withMaxFileBytes(long bytes) {
        return new MidiImportLimits(bytes, maxTracks, maxNotes, maxLength);
    }

    public MidiImportLimits withMaxNotes(int notes) {
        return new MidiImportLimits(maxFileBytes, maxTracks, notes, maxLength);
    }

    public MidiImportLimits withMaxLength(Duration length) {
        return new MidiImportLimits(maxFileBytes, maxTracks, maxNotes, length);
    }
}
