package app.tutti.ai.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pitch classes, chord labels, keys, tempo buckets and bar lengths. */
class MusicTheoryTest {

    @Test
    void notes_of_the_scale_are_in_key_and_others_are_not() {
        assertThat(MusicKey.of(PitchClass.of(0), false).contains(60)).isTrue();
        assertThat(MusicKey.of(PitchClass.of(0), false).contains(61)).isFalse();
        assertThat(MusicKey.of(PitchClass.of(9), true).contains(60)).isTrue();
        assertThat(MusicKey.of(PitchClass.of(9), true).contains(68)).isFalse();
        assertThat(MusicKey.UNKNOWN.contains(61)).isTrue();
    }

    @Test
    void pitch_classes_read_sharps_and_flats() {
        assertThat(PitchClass.parse("Db")).contains(PitchClass.C_SHARP);
        assertThat(PitchClass.parse("A#")).contains(PitchClass.B_FLAT);
        assertThat(PitchClass.parse("Cb")).contains(PitchClass.B);
        assertThat(PitchClass.parse("H")).isEmpty();
        assertThat(PitchClass.parse("C+")).isEmpty();
        assertThat(PitchClass.parse("")).isEmpty();
    }

    @Test
    void pop909_chord_labels_map_to_the_vocabulary_qualities() {
        assertThat(ChordLabel.parsePop909("C:maj")).isEqualTo(new ChordLabel(PitchClass.C, ChordQuality.MAJOR));
        assertThat(ChordLabel.parsePop909("A:min7/b7")).isEqualTo(new ChordLabel(PitchClass.A, ChordQuality.MINOR7));
        assertThat(ChordLabel.parsePop909("Bb:sus4(b7)")).isEqualTo(new ChordLabel(PitchClass.B_FLAT, ChordQuality.SUS4));
        assertThat(ChordLabel.parsePop909("F#:maj6")).isEqualTo(new ChordLabel(PitchClass.F_SHARP, ChordQuality.MAJOR));
        assertThat(ChordLabel.parsePop909("Eb:7/3")).isEqualTo(new ChordLabel(PitchClass.E_FLAT, ChordQuality.DOMINANT7));
        assertThat(ChordLabel.parsePop909("N")).isEqualTo(ChordLabel.NO_CHORD);
        assertThat(ChordLabel.parsePop909("C:13")).isEqualTo(ChordLabel.NO_CHORD);
        assertThat(ChordLabel.all()).hasSize(12 * 11 + 1).doesNotHaveDuplicates();
    }

    @Test
    void the_key_of_a_scale_and_of_a_minor_melody_is_found_and_no_notes_means_unknown() {
        assertThat(KeyEstimator.estimate(notes(67, 69, 71, 72, 74, 76, 78, 79, 67, 71, 74)))
                .isEqualTo(MusicKey.of(PitchClass.G, false));
        assertThat(KeyEstimator.estimate(notes(57, 60, 64, 57, 59, 60, 62, 64, 65, 68, 69, 57, 64)))
                .isEqualTo(MusicKey.of(PitchClass.A, true));
        assertThat(KeyEstimator.estimate(List.of())).isEqualTo(MusicKey.UNKNOWN);
        assertThat(MusicKey.of(PitchClass.B, true).transposed(1).tokenArgument()).isEqualTo("C_minor");
    }

    @Test
    void tempo_buckets_are_spaced_on_a_log_scale_between_40_and_240_bpm() {
        assertThat(TempoScale.EVENT.bucket(20)).isZero();
        assertThat(TempoScale.EVENT.bucket(40)).isZero();
        assertThat(TempoScale.EVENT.bucket(240)).isEqualTo(31);
        assertThat(TempoScale.EVENT.bucket(1_000)).isEqualTo(31);
        for (int bucket = 0; bucket < 32; bucket++) {
            assertThat(TempoScale.EVENT.bucket(TempoScale.EVENT.bpm(bucket))).isEqualTo(bucket);
        }
        assertThat(TempoScale.CONTROL.bucket(120)).isEqualTo(4);
    }

    @Test
    void bar_lengths_count_the_sixteenths_of_the_time_signature() {
        assertThat(steps(4, 4)).isEqualTo(16);
        assertThat(steps(3, 4)).isEqualTo(12);
        assertThat(steps(6, 8)).isEqualTo(12);
        assertThat(steps(2, 2)).isEqualTo(16);
        assertThat(steps(12, 4)).isEqualTo(24);
        assertThat(steps(9, 4)).isEqualTo(18);
        assertThat(steps(7, 32)).isEqualTo(4);
        assertThat(steps(1, 64)).isEqualTo(1);
        assertThat(steps(255, 1)).isLessThanOrEqualTo(GridSong.MAX_BAR_STEPS);
    }

    private static int steps(int numerator, int denominator) {
        return BarPlanner.stepsPerBar(new app.tutti.midi.domain.TimeSignatureChange(0, numerator, denominator));
    }

    private static List<GridNote> notes(int... pitches) {
        List<GridNote> notes = new ArrayList<>();
        for (int i = 0; i < pitches.length; i++) {
            notes.add(new GridNote(0, pitches[i], i * 4, 4, 4));
        }
        return notes;
    }
}
