package app.tutti.ai.train;

import static org.assertj.core.api.Assertions.assertThat;

import app.tutti.ai.token.ChordLabel;
import app.tutti.ai.token.ChordQuality;
import app.tutti.ai.token.PitchClass;
import app.tutti.ai.token.TimedChord;
import app.tutti.midi.domain.MidiSong;
import app.tutti.midi.domain.TempoChange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Pop909AnnotationsTest {

    /** 480 ticks per quarter at 120 bpm for two bars, then 60 bpm. */
    private static final MidiSong SONG = new MidiSong(480,
            List.of(TempoChange.ofBpm(0, 120), TempoChange.ofBpm(3_840, 60)), List.of(), List.of());

    private final TempoMap tempoMap = new TempoMap(SONG);
    private final Pop909Annotations annotations = new Pop909Annotations(tempoMap);

    @TempDir
    Path folder;

    @Test
    void seconds_turn_into_ticks_along_the_tempo_map() {
        assertThat(tempoMap.tickAt(-1)).isZero();
        assertThat(tempoMap.tickAt(0.5)).isEqualTo(480);
        assertThat(tempoMap.tickAt(4.0)).isEqualTo(3_840);
        assertThat(tempoMap.tickAt(5.0)).isEqualTo(4_320);
        for (long tick = 0; tick < 10_000; tick += 37) {
            assertThat(tempoMap.tickAt(SONG.secondsAt(tick))).isEqualTo(tick);
        }
    }

    @Test
    void chord_lines_become_chords_at_ticks() throws IOException {
        Path file = folder.resolve("chord_midi.txt");
        Files.writeString(file, "0.0\t0.5\tN\n0.5\t4.5\tA:min7/b7\n4.5 6.0 C#:maj\n\n");

        List<TimedChord> chords = annotations.chords(file);

        assertThat(chords).containsExactly(new TimedChord(0, ChordLabel.NO_CHORD),
                new TimedChord(480, new ChordLabel(PitchClass.A, ChordQuality.MINOR7)),
                new TimedChord(4_080, new ChordLabel(PitchClass.C_SHARP, ChordQuality.MAJOR)));
    }

    @Test
    void the_beat_file_gives_the_first_downbeat_and_the_usual_bar_length() throws IOException {
        Path file = folder.resolve("beat_midi.txt");
        StringBuilder beats = new StringBuilder("0.0 0.0 0.0\n");
        for (int beat = 1; beat < 16; beat++) {
            boolean downbeat = beat % 3 == 1 && beat != 10;
            beats.append(beat * 0.5).append(downbeat ? " 1.0 1.0\n" : " 0.0 0.0\n");
        }
        Files.writeString(file, beats);

        assertThat(annotations.firstDownbeat(file)).hasValue(480);
        assertThat(annotations.beatsPerBar(file)).isEqualTo(3);
        assertThat(annotations.firstDownbeat(folder.resolve("missing.txt"))).isEmpty();
        assertThat(annotations.beatsPerBar(folder.resolve("missing.txt"))).isEqualTo(4);
        assertThat(annotations.chords(folder.resolve("missing.txt"))).isEmpty();
    }
}
