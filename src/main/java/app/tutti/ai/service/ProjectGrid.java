package app.tutti.ai.service;

import app.tutti.ai.token.GridSong;
import app.tutti.ai.token.Quantizer;
import app.tutti.ai.token.Style;
import app.tutti.composition.domain.Note;
import app.tutti.composition.domain.Project;
import app.tutti.composition.domain.TempoMap;
import app.tutti.composition.domain.Track;
import app.tutti.midi.service.ProjectMidiExport;
import java.util.Collection;
import java.util.List;

/**
 * A project's notes as the model sees them: through the MIDI export (drums left out) onto the
 * tokenizer's sixteenth grid. The prompt and, for the provenance lookup, the proposal both go
 * through here, so they are measured on the same grid. Holds what it needs, so it also works on
 * a background thread after the request.
 */
record ProjectGrid(Project project, TempoMap tempoMap, List<Track> tracks) {

    ProjectGrid {
        tracks = List.copyOf(tracks);
    }

    GridSong quantize(Collection<Note> notes) {
        return new Quantizer().quantize(ProjectMidiExport.toSong(project, tempoMap, tracks, notes), Style.POP);
    }

    /** Bars {@code from} to {@code from + bars} of {@code notes}, as a song of their own (empty if no note is there). */
    GridSong bars(Collection<Note> notes, int from, int bars) {
        GridSong song = quantize(notes);
        if (from >= song.barCount()) {
            return new GridSong(song.controls(), List.of(), List.of(), List.of(), List.of());
        }
        return song.bars(from, from + bars);
    }
}
