package app.tutti.ai.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.tutti.midi.domain.MidiNote;
import app.tutti.midi.domain.MidiSong;
import app.tutti.midi.domain.MidiTrack;
import app.tutti.midi.domain.TempoChange;
import app.tutti.midi.domain.TimeSignatureChange;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuantizerTest {

    private final Quantizer quantizer = new Quantizer();

    @Test
    void starts_and_ends_move_to_the_nearest_sixteenth_at_480_ticks_per_quarter() {
        MidiSong song = song(480, List.of(), track(0, new MidiNote(60, 0, 470, 100), new MidiNote(62, 178, 130, 64),
                new MidiNote(64, 1_000, 10, 1)));

        GridSong grid = quantizer.quantize(song, Style.POP);

        assertThat(grid.notes()).containsExactly(new GridNote(0, 60, 0, 4, 6), new GridNote(0, 62, 1, 2, 4),
                new GridNote(0, 64, 8, 1, 0));
        assertThat(grid.barSteps()).containsExactly(16);
    }

    @Test
    void any_resolution_works_even_when_a_sixteenth_is_not_a_whole_number_of_ticks() {
        MidiSong song = song(30, List.of(), track(0, new MidiNote(60, 0, 15, 80), new MidiNote(62, 22, 8, 80),
                new MidiNote(64, 120, 60, 80)));

        GridSong grid = quantizer.quantize(song, Style.POP);

        assertThat(grid.notes()).extracting(GridNote::startStep, GridNote::durationSteps)
                .containsExactly(tuple(0, 2), tuple(3, 1), tuple(16, 8));
        assertThat(grid.barSteps()).containsExactly(16, 16);
    }

    @Test
    void notes_longer_than_two_bars_are_cut_to_32_sixteenths() {
        MidiSong song = song(480, List.of(), track(0, new MidiNote(60, 0, 480 * 12, 80)));

        assertThat(quantizer.quantize(song, Style.POP).notes()).extracting(GridNote::durationSteps).containsExactly(32);
    }

    @Test
    void drums_and_notes_off_the_piano_are_left_out_and_tracks_after_the_third_share_track_3() {
        MidiTrack drums = new MidiTrack("Drums", MidiTrack.DRUM_CHANNEL, 0, List.of(new MidiNote(36, 0, 120, 100)));
        MidiSong song = song(480, List.of(), track(0, new MidiNote(20, 0, 120, 80), new MidiNote(109, 0, 120, 80)),
                drums, track(1, note(61)), track(2, note(62)), track(3, note(63)), track(4, note(64)));

        GridSong grid = quantizer.quantize(song, Style.POP);

        assertThat(grid.notes()).extracting(GridNote::track, GridNote::pitch)
                .containsExactly(tuple(1, 61), tuple(2, 62), tuple(3, 63), tuple(3, 64));
    }

    @Test
    void bars_follow_the_time_signatures_and_a_change_inside_a_bar_ends_it_early() {
        List<TimeSignatureChange> signatures = List.of(new TimeSignatureChange(0, 3, 4),
                new TimeSignatureChange(480 * 6, 6, 8), new TimeSignatureChange(480 * 10, 2, 4));
        MidiSong song = song(480, signatures, track(0, new MidiNote(60, 480 * 14, 120, 80)));

        GridSong grid = quantizer.quantize(song, Style.POP);

        assertThat(grid.barSteps()).containsExactly(12, 12, 12, 4, 8, 8, 8);
        assertThat(grid.notes()).extracting(GridNote::startStep).containsExactly(56);
    }

    @Test
    void the_grid_starts_at_the_origin_and_moves_back_a_bar_for_a_pickup() {
        MidiSong song = song(480, List.of(), track(0, new MidiNote(60, 100, 120, 80), new MidiNote(62, 1_060, 120, 80)));

        GridSong grid = quantizer.quantize(song, Style.POP, 1_060, List.of());

        assertThat(grid.notes()).extracting(GridNote::startStep).containsExactly(8, 16);
        assertThat(grid.barSteps()).containsExactly(16, 16);
    }

    @Test
    void tempo_changes_and_chords_land_on_the_grid_and_those_after_the_last_bar_are_dropped() {
        MidiSong song = new MidiSong(480, List.of(TempoChange.ofBpm(0, 80), TempoChange.ofBpm(1_900, 140),
                TempoChange.ofBpm(480 * 40, 60)), List.of(), List.of(track(0, new MidiNote(60, 480 * 5, 120, 80))));
        List<TimedChord> chords = List.of(new TimedChord(0, new ChordLabel(PitchClass.A, ChordQuality.MINOR)),
                new TimedChord(950, ChordLabel.NO_CHORD), new TimedChord(480 * 8, ChordLabel.NO_CHORD));

        GridSong grid = quantizer.quantize(song, Style.POP, 0, chords);

        assertThat(grid.tempos()).containsExactly(new StepChange<>(0, TempoScale.EVENT.bucket(80)),
                new StepChange<>(16, TempoScale.EVENT.bucket(140)));
        assertThat(grid.chords()).containsExactly(new StepChange<>(0, new ChordLabel(PitchClass.A, ChordQuality.MINOR)),
                new StepChange<>(8, ChordLabel.NO_CHORD));
        assertThat(grid.controls().tempoBucket()).isEqualTo(TempoScale.CONTROL.bucket(80));
    }

    @Test
    void controls_measure_style_density_and_key() {
        MidiSong song = song(480, List.of(), track(0, new MidiNote(60, 0, 480, 80), new MidiNote(64, 480, 480, 80),
                new MidiNote(67, 960, 480, 80), new MidiNote(72, 1_440, 480, 80)));

        SongControls controls = quantizer.quantize(song, Style.CHORALE).controls();

        assertThat(controls).isEqualTo(new SongControls(Style.CHORALE, 1, MusicKey.of(PitchClass.C, false),
                TempoScale.CONTROL.bucket(120)));
    }

    @Test
    void a_song_without_notes_has_no_bars() {
        GridSong grid = quantizer.quantize(song(480, List.of()), Style.POP);

        assertThat(grid.barCount()).isZero();
        assertThat(grid.tempos()).isEmpty();
    }

    private static MidiSong song(int ticksPerQuarter, List<TimeSignatureChange> signatures, MidiTrack... tracks) {
        return new MidiSong(ticksPerQuarter, List.of(), signatures, List.of(tracks));
    }

    private static MidiTrack track(int channel, MidiNote... notes) {
        return new MidiTrack("Track " + channel, channel, 0, List.of(notes));
    }

    private static MidiNote note(int pitch) {
        return new MidiNote(pitch, 0, 120, 80);
    }
}
