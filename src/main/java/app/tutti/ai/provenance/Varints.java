package app.tutti.ai.provenance;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/** Non-negative numbers in 7-bit groups, small numbers in one byte: the index file's encoding. */
final class Varints {

    private Varints() {
    }

    static void write(DataOutput out, long value) throws IOException {
        if (value < 0) {
            throw new IllegalArgumentException("Varints are not negative: " + value);
        }
        long rest = value;
        while (rest >= 0x80) {
            out.writeByte((int) (rest & 0x7f) | 0x80);
            rest >>>= 7;
        }
        out.writeByte((int) rest);
    }

    static long read(DataInput in) throws IOException {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int b = in.readUnsignedByte();
            value |= (long) (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new IOException("A varint longer than 64 bits: the file is damaged");
    }

    /** An increasing list as its length and the gaps between its numbers. */
    static void writeIncreasing(DataOutput out, int[] values) throws IOException {
        write(out, values.length);
        int previous = 0;
        for (int value : values) {
            write(out, value - previous);
            previous = value;
        }
    }

    static int[] readIncreasing(DataInput in) throws IOException {
        int[] values = new int[(int) read(in)];
        int previous = 0;
        for (int i = 0; i < values.length; i++) {
            previous += (int) read(in);
            values[i] = previous;
        }
        return values;
    }
}
