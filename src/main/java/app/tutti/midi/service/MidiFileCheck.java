package app.tutti.midi.service;

/**
 * Checks the outer shape of a Standard MIDI File before {@code javax.sound.midi} reads it: the
 * header, and that every chunk fits inside the bytes we actually have. It does not look at
 * events. This keeps absurd declared lengths from reaching the JDK reader, which would try to
 * allocate them, and turns truncated files (which the JDK reader silently cuts short) into errors.
 */
final class MidiFileCheck {

    private static final int MTHD = 0x4D546864;
    private static final int MTRK = 0x4D54726B;
    private static final int RIFF = 0x52494646;
    private static final int CHUNK_HEADER_BYTES = 8;
    private static final int MIN_HEADER_LENGTH = 6;
    private static final String NOT_MIDI = "not a MIDI file. Please choose a Standard MIDI File (.mid).";

    private final int maxTracks;

    MidiFileCheck(int maxTracks) {
        this.maxTracks = maxTracks;
    }

    void verify(byte[] bytes) {
        if (bytes.length == 0) {
            throw new MidiImportException("The file is empty.");
        }
        if (bytes.length < 4 || intAt(bytes, 0) != MTHD) {
            boolean riff = bytes.length >= 4 && intAt(bytes, 0) == RIFF;
            throw new MidiImportException(riff ? "This is a RIFF file (such as WAV or RMI), " + NOT_MIDI
                    : "This file is " + NOT_MIDI);
        }
        if (bytes.length < CHUNK_HEADER_BYTES + MIN_HEADER_LENGTH) {
            throw truncated("it ends inside the MIDI header");
        }
        long headerLength = unsignedIntAt(bytes, 4);
        if (headerLength < MIN_HEADER_LENGTH) {
            throw new MidiImportException("The file is damaged: its MIDI header is too short.");
        }
        checkChunkFits(bytes, 0, headerLength);
        checkFormat(shortAt(bytes, 8));
        int declaredTracks = shortAt(bytes, 10);
        checkTrackCount(declaredTracks);
        checkDivision((short) shortAt(bytes, 12));
        checkTrackChunks(bytes, CHUNK_HEADER_BYTES + headerLength, declaredTracks);
    }

    private void checkFormat(int format) {
        if (format == 2) {
            throw new MidiImportException("MIDI files of type 2 (independent patterns) are not supported. "
                    + "Please save the song as a type 0 or type 1 MIDI file.");
        }
        if (format > 2) {
            throw new MidiImportException("The file is damaged: it claims to be MIDI file type " + format
                    + ", which does not exist.");
        }
    }

    private void checkTrackCount(int declaredTracks) {
        if (declaredTracks == 0) {
            throw new MidiImportException("The file contains no tracks.");
        }
        if (declaredTracks > maxTracks) {
            throw new MidiImportException("The file has " + declaredTracks + " tracks; at most " + maxTracks
                    + " are supported.");
        }
    }

    private static void checkDivision(short division) {
        if (division < 0) {
            throw new MidiImportException("The file counts time in SMPTE frames instead of beats, which is not "
                    + "supported. Please export it with beat-based (PPQ) timing.");
        }
        if (division == 0) {
            throw new MidiImportException("The file is damaged: it declares 0 ticks per beat.");
        }
    }

    private static void checkTrackChunks(byte[] bytes, long firstChunk, int declaredTracks) {
        long position = firstChunk;
        int found = 0;
        while (found < declaredTracks) {
            if (bytes.length - position < CHUNK_HEADER_BYTES) {
                throw truncated("it ends after " + found + " of its " + declaredTracks + " tracks");
            }
            long length = unsignedIntAt(bytes, (int) position + 4);
            checkChunkFits(bytes, position, length);
            if (intAt(bytes, (int) position) == MTRK) {
                found++;
            }
            position += CHUNK_HEADER_BYTES + length;
        }
    }

    private static void checkChunkFits(byte[] bytes, long chunkStart, long declaredLength) {
        long available = bytes.length - chunkStart - CHUNK_HEADER_BYTES;
        if (declaredLength > available) {
            throw truncated(String.format("a part of it should be %,d bytes long, but only %,d bytes are left",
                    declaredLength, available));
        }
    }

    private static MidiImportException truncated(String detail) {
        return new MidiImportException("The file is truncated or damaged: " + detail
                + ". Please upload the complete file.");
    }

    private static int intAt(byte[] bytes, int offset) {
        return (shortAt(bytes, offset) << 16) | shortAt(bytes, offset + 2);
    }

    private static long unsignedIntAt(byte[] bytes, int offset) {
        return Integer.toUnsignedLong(intAt(bytes, offset));
    }

    private static int shortAt(byte[] bytes, int offset) {
        return ((bytes[offset] & 0xFF) << 8) | (bytes[offset + 1] & 0xFF);
    }
}
