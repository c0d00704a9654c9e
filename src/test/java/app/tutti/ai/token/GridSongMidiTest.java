package app.tutti.ai.token;

import static org.assertj.core.api.Assertions.assertThat;

import app.tutti.midi.domain.MidiNote;
import app.tutti.midi.domain.MidiSong;
import app.tutti.midi.domain.MidiTrack;
import app.tutti.midi.domain.TempoChange;
import app.tutti.midi.domain.TimeSignatureChange;
import java.util.List;
import org.junit.jupiter.api.Test;

class GridSongMidiTest {

    @Test
    void a_song_on_the_grid_comes_back_with_the_same_notes_and_meter() {
        MidiSong song = new MidiSong(480, List.of(TempoChange.ofBpm(0, 100)), List.of(new TimeSignatureChange(0, 3, 4)),
                List.of(new MidiTrack("Melody", 0, 0, List.of(new MidiNote(60, 0, 480, 72), new MidiNote(64, 480, 240, 72))),
                        new MidiTrack("Bass", 1, 0, List.of(new MidiNote(36, 0, 1440, 72)))));
        GridSong grid = new Quantizer().quantize(song, Style.POP);

        MidiSong back = GridSongMidi.toMidi(grid, 480, List.of("Melody", "Bass"));

        assertThat(back.tracks()).extracting(MidiTrack::name).containsExactly("Melody", "Bass");
        assertThat(back.tracks().get(0).notes()).extracting(MidiNote::pitch, MidiNote::startTick, MidiNote::durationTicks)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(60, 0L, 480L),
                        org.assertj.core.groups.Tuple.tuple(64, 480L, 240L));
        assertThat(back.tracks().get(1).notes()).extracting(MidiNote::durationTicks).containsExactly(1440L);
        assertThat(back.timeSignatures().getFirst().numerator()).isEqualTo(3);
        assertThat(back.tempos().getFirst().bpm()).isBetween(90.0, 110.0);
    }
}
