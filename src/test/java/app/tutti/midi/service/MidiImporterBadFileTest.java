package app.tutti.midi.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tutti.base.domain.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MidiImporterBadFileTest {

    private static final byte[] VALID = TestSequence.ppq(480).tempo(0, 500_000)
            .track().name("Piano").note(0, 60, 0, 480, 100).note(0, 64, 480, 480, 100)
            .type1();

    private final MidiImporter importer = new MidiImporter(MidiImportLimits.DEFAULTS);

    @Test
    void random_bytes_are_not_a_midi_file() {
        byte[] noise = new byte[1000];
        new Random(42).nextBytes(noise);

        assertRejected(noise, "This file is not a MIDI file");
    }

    @Test
    void a_riff_file_is_not_a_midi_file() {
        byte[] riff = Arrays.copyOf("RIFF\0\0\0\0WAVEfmt ".getBytes(StandardCharsets.US_ASCII), 64);

        assertRejected(riff, "This is a RIFF file (such as WAV or RMI), not a MIDI file");
    }

    @Test
    void an_empty_file_is_rejected() {
        assertRejected(new byte[0], "The file is empty.");
    }

    @Test
    void a_file_cut_off_after_the_header_is_truncated() {
        assertRejected(Arrays.copyOf(VALID, 14), "truncated");
    }

    @Test
    void a_file_cut_off_in_the_middle_of_a_track_is_truncated() {
        assertRejected(Arrays.copyOf(VALID, VALID.length - 6), "truncated");
    }

    @Test
    void a_chunk_claiming_two_gigabytes_is_rejected_without_reading_it() {
        byte[] file = RawMidi.header(0, 1, 480).chunk("MTrk", 0x7FFF_FFFFL, new byte[] {0, (byte) 0xFF, 0x2F, 0})
                .bytes();

        assertRejected(file, "should be 2,147,483,647 bytes long, but only 4 bytes are left");
    }

    @Test
    void a_file_over_the_size_limit_is_rejected_before_it_is_parsed() {
        byte[] fifty = Arrays.copyOf(VALID, 50 * 1024 * 1024);

        assertRejected(fifty, "The file is 50 MB, larger than the 5 MB limit");
    }

    @Test
    void a_stream_over_the_size_limit_is_rejected_after_reading_just_past_the_limit() {
        MidiImporter small = new MidiImporter(MidiImportLimits.DEFAULTS.withMaxFileBytes(1024));
        CountingStream upload = new CountingStream(new ByteArrayInputStream(new byte[50 * 1024 * 1024]));

        assertThatThrownBy(() -> small.importFrom(upload)).isInstanceOf(MidiImportException.class)
                .hasMessage("The file is larger than the 1 KB limit for MIDI files.");
        assertThat(upload.read).isLessThanOrEqualTo(1025);
    }

    @Test
    void a_file_with_a_tempo_but_no_notes_is_rejected() {
        assertRejected(TestSequence.ppq(480).tempo(0, 500_000).type0(), "The file contains no notes.");
    }

    @Test
    void a_file_whose_only_notes_have_no_length_is_rejected() {
        byte[] file = TestSequence.ppq(480).note(0, 60, 0, 0, 100).note(0, 62, 0, 0, 100).type0();

        assertRejected(file, "no notes that can be imported: all of its 2 notes have no length");
    }

    @Test
    void smpte_timing_is_rejected() {
        byte[] file = RawMidi.header(0, 1, 0xE728).track(0x00, 0xFF, 0x2F, 0x00).bytes();

        assertRejected(file, "SMPTE");
    }

    @Test
    void a_type_2_file_is_rejected() {
        assertRejected(RawMidi.header(2, 1, 480).track(0x00, 0xFF, 0x2F, 0x00).bytes(), "type 2");
    }

    @Test
    void a_header_declaring_more_than_64_tracks_is_rejected() {
        assertRejected(RawMidi.header(1, 65, 480).bytes(), "65 tracks; at most 64");
    }

    @Test
    void an_impossible_status_byte_is_reported_as_damage() {
        byte[] file = RawMidi.header(0, 1, 480).track(0x00, 0xF4, 0x00, 0xFF, 0x2F, 0x00).bytes();

        assertRejected(file, "The file is damaged");
    }

    @Test
    void more_notes_than_the_limit_are_rejected() {
        MidiImporter strict = new MidiImporter(MidiImportLimits.DEFAULTS.withMaxNotes(1));

        assertThatThrownBy(() -> strict.importFrom(VALID)).isInstanceOf(MidiImportException.class)
                .hasMessageContaining("more than 1 notes");
    }

    @Test
    void a_song_longer_than_the_limit_is_rejected() {
        long twentyFiveHoursAt120Bpm = 480L * 2 * 3600 * 25;
        byte[] file = TestSequence.ppq(480).note(0, 60, twentyFiveHoursAt120Bpm, 480, 100).type0();

        assertRejected(file, "would last 25 hours, but at most 24 hours are supported");
        assertThatThrownBy(() -> new MidiImporter(MidiImportLimits.DEFAULTS.withMaxLength(Duration.ofMinutes(30)))
                .importFrom(TestSequence.ppq(480).note(0, 60, 480L * 2 * 3600, 480, 100).type0()))
                .hasMessageContaining("at most 30 minutes");
    }

    private void assertRejected(byte[] file, String keyPhrase) {
        assertThatThrownBy(() -> importer.importFrom(file))
                .isInstanceOf(MidiImportException.class)
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(keyPhrase);
    }

    private static final class CountingStream extends InputStream {

        private final InputStream in;
        private long read;

        CountingStream(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws java.io.IOException {
            int value = in.read();
            read += value < 0 ? 0 : 1;
            return value;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws java.io.IOException {
            int count = in.read(buffer, offset, length);
            read += Math.max(count, 0);
            return count;
        }
    }
}
