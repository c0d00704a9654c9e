package app.tutti.midi.service;

import app.tutti.midi.domain.MidiNote;
import app.tutti.midi.domain.MidiSong;
import app.tutti.midi.domain.MidiTrack;
import app.tutti.midi.domain.TempoChange;
import app.tutti.midi.domain.TimeSignatureChange;
import java.util.ArrayList;
import java.util.List;

/**
 * Bars {@code firstBar} to {@code firstBar + bars - 1} (counting from 1) of a song, moved to the
 * start: notes that begin inside are kept and cut at the excerpt's end. The bar length comes from
 * the song's first time signature; tempo is the one in force at the excerpt's start.
 */
record BarExcerpt(int firstBar, int bars) {

    MidiSong cut(MidiSong song) {
        TimeSignatureChange meter = song.timeSignatures().isEmpty() ? new TimeSignatureChange(0, 4, 4)
                : song.timeSignatures().getFirst();
        long barTicks = (long) song.ticksPerQuarter() * 4 * meter.numerator() / meter.denominator();
        long from = (firstBar - 1) * barTicks;
        long to = from + bars * barTicks;
        List<MidiTrack> tracks = new ArrayList<>();
        for (MidiTrack track : song.tracks()) {
            List<MidiNote> notes = track.notes().stream()
                    .filter(note -> note.startTick() >= from && note.startTick() < to)
                    .map(note -> new MidiNote(note.pitch(), note.startTick() - from,
                            Math.min(note.durationTicks(), to - note.startTick()), note.velocity()))
                    .toList();
            tracks.add(track.withNotes(notes));
        }
        return new MidiSong(song.ticksPerQuarter(), List.of(tempoAt(song, from)),
                List.of(new TimeSignatureChange(0, meter.numerator(), meter.denominator())), tracks);
    }

    private static TempoChange tempoAt(MidiSong song, long tick) {
        TempoChange current = new TempoChange(0, 500_000);
        for (TempoChange tempo : song.tempos()) {
            if (tempo.tick() <= tick) {
                current = new TempoChange(0, tempo.microsecondsPerQuarter());
            }
        }
        return current;
    }
}
