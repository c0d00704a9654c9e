package app.tutti.midi.service;

import app.tutti.base.domain.InvalidInputException;
import app.tutti.base.domain.ProjectId;
import app.tutti.collab.service.EditSessionService;
import app.tutti.composition.domain.Note;
import app.tutti.composition.domain.NoteDocument;
import app.tutti.composition.domain.Project;
import app.tutti.composition.domain.TempoMap;
import app.tutti.composition.domain.Track;
import app.tutti.composition.service.ProjectService;
import app.tutti.midi.domain.MidiNote;
import app.tutti.midi.domain.MidiSong;
import app.tutti.midi.domain.MidiTrack;
import app.tutti.midi.domain.TimeSignatureChange;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a project, or the notes selected in it, as a type-1 Standard MIDI File with its tempo map
 * (anyone who may view the project may export it).
 */
@Service
public class ProjectMidiExport {

    public record Exported(String fileName, byte[] bytes) {
    }

    private final ProjectService projects;
    private final EditSessionService edits;
    private final MidiExporter exporter;
    private final ProjectCredits credits;

    ProjectMidiExport(ProjectService projects, EditSessionService edits, MidiExporter exporter,
            ProjectCredits credits) {
        this.projects = projects;
        this.edits = edits;
        this.exporter = exporter;
        this.credits = credits;
    }

    @Transactional(readOnly = true)
    public Exported export(ProjectId projectId) {
        Project project = projects.get(projectId).project();
        MidiSong song = toSong(project, projects.tempoMap(projectId), projects.tracksOf(projectId),
                edits.open(projectId).document().notes());
        return new Exported(fileNameFor(project.title()), exporter.export(song, credits.of(projectId)));
    }

    /**
     * Only the notes with the given ids, in the tracks they belong to; ids that are not (or no longer)
     * in the project are ignored. None left is an error the user sees.
     */
    @Transactional(readOnly = true)
    public Exported exportSelection(ProjectId projectId, Set<UUID> noteIds) {
        if (noteIds.size() > NoteDocument.MAX_NOTES) {
            throw new InvalidInputException("A selection can have at most " + NoteDocument.MAX_NOTES + " notes.");
        }
        Project project = projects.get(projectId).project();
        List<Note> chosen = edits.open(projectId).document().notes().stream()
                .filter(note -> noteIds.contains(note.id()))
                .toList();
        if (chosen.isEmpty()) {
            throw new InvalidInputException("None of the selected notes are in the project any more.");
        }
        Set<UUID> usedTracks = chosen.stream().map(Note::trackId).collect(Collectors.toSet());
        List<Track> tracks = projects.tracksOf(projectId).stream().filter(t -> usedTracks.contains(t.id())).toList();
        MidiSong song = toSong(project, projects.tempoMap(projectId), tracks, chosen);
        return new Exported(fileNameFor(project.title() + " selection"), exporter.export(song, credits.of(projectId)));
    }

    /** The project as a MIDI song: one MIDI track per project track, in order, with its tempo map and time signature. */
    public static MidiSong toSong(Project project, TempoMap tempoMap, List<Track> tracks, Collection<Note> notes) {
        Map<UUID, List<Note>> byTrack = notes.stream().collect(Collectors.groupingBy(Note::trackId));
        List<MidiTrack> midiTracks = new ArrayList<>();
        for (Track track : tracks) {
            List<MidiNote> trackNotes = byTrack.getOrDefault(track.id(), List.of()).stream()
                    .map(n -> new MidiNote(n.pitch(), n.start(), n.duration(), n.velocity()))
                    .sorted(MidiNote.IN_TIME_ORDER)
                    .toList();
            midiTracks.add(new MidiTrack(track.name(), track.channel(), track.program(), trackNotes));
        }
        var details = project.details();
        return new MidiSong(project.ticksPerQuarter(), ProjectTempos.toMidi(tempoMap),
                List.of(new TimeSignatureChange(0, details.timeSignature().beatsPerBar(),
                        details.timeSignature().beatUnit())), midiTracks);
    }

    static String fileNameFor(String title) {
        String safe = title.replaceAll("[^\\p{L}\\p{N} ._-]", "").strip().replace(' ', '-');
        return (safe.isEmpty() ? "tutti-project" : safe) + ".mid";
    }
}
