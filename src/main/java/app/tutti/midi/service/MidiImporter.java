package app.tutti.midi.service;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.sound.midi.InvalidMidiDataException;
import javax.sound.midi.MidiSystem;
import javax.sound.midi.Sequence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a Standard MIDI File (type 0 or 1, beat-based timing) into a song. Each channel of each
 * file track becomes one song track. Files in SMPTE timing are rejected rather than converted,
 * since their notes do not sit on a beat grid. Every problem with the file ends as a
 * {@link MidiImportException} whose message can be shown to the user; smaller repairs (notes
 * without length left out, notes never released) are listed in the {@link ImportReport}.
 */
public class MidiImporter {

    private static final Logger log = LoggerFactory.getLogger(MidiImporter.class);

    private final MidiImportLimits limits;

    public MidiImporter(MidiImportLimits limits) {
        this.limits = limits;
    }

    /** Reads at most the size limit from {@code in}; a longer stream is rejected without reading it all. */
    public MidiImportLimits limits() {
        return limits;
    }

    public ImportedSong importFrom(InputStream in) {
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) limits.maxFileBytes() + 1);
        } catch (IOException e) {
            throw new MidiImportException("The file could not be read. Please try uploading it again.", e);
        }
        if (bytes.length > limits.maxFileBytes()) {
            throw new MidiImportException("The file is larger than the " + new FileSize(limits.maxFileBytes())
                    + " limit for MIDI files.");
        }
        return importFrom(bytes);
    }

    public ImportedSong importFrom(byte[] bytes) {
        if (bytes.length > limits.maxFileBytes()) {
            throw new MidiImportException("The file is " + new FileSize(bytes.length) + ", larger than the "
                    + new FileSize(limits.maxFileBytes()) + " limit for MIDI files.");
        }
        new MidiFileCheck(limits.maxTracks()).verify(bytes);
        Sequence sequence = parse(bytes);
        try {
            return new SequenceConverter(limits).convert(sequence);
        } catch (MidiImportException e) {
            throw e;
        } catch (RuntimeException e) {
            throw damaged(e);
        }
    }

    private static Sequence parse(byte[] bytes) {
        try {
            return MidiSystem.getSequence(new ByteArrayInputStream(bytes));
        } catch (InvalidMidiDataException | IOException | RuntimeException e) {
            throw damaged(e);
        }
    }

    private static MidiImportException damaged(Exception cause) {
        log.debug("Rejected a damaged MIDI file", cause);
        return new MidiImportException("The file is damaged: its musical events cannot be read.", cause);
    }
}
