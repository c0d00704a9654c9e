package app.tutti.midi.service;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** Hand-written Standard MIDI File bytes, for what javax.sound.midi would not write on its own. */
final class RawMidi {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    /** A header chunk with the given type, track count and division; track chunks follow. */
    static RawMidi header(int type, int tracks, int division) {
        RawMidi midi = new RawMidi();
        midi.chunk("MThd", 6, ByteBuffer.allocate(6).putShort((short) type).putShort((short) tracks)
                .putShort((short) division).array());
        return midi;
    }

    /** A track chunk whose length field says exactly how many event bytes follow. */
    RawMidi track(int... events) {
        byte[] body = new byte[events.length];
        for (int i = 0; i < events.length; i++) {
            body[i] = (byte) events[i];
        }
        return chunk("MTrk", body.length, body);
    }

    RawMidi chunk(String type, long declaredLength, byte[] body) {
        bytes.writeBytes(type.getBytes(StandardCharsets.US_ASCII));
        bytes.writeBytes(ByteBuffer.allocate(4).putInt((int) declaredLength).array());
        bytes.writeBytes(body);
        return this;
    }

    byte[] bytes() {
        return bytes.toByteArray();
    }
}
