package app.tutti.midi.service;

import app.tutti.base.domain.ProjectId;
import app.tutti.collab.service.EditSessionService;
import app.tutti.composition.domain.EditOp;
import app.tutti.composition.domain.MusicalKey;
import app.tutti.composition.domain.Note;
import app.tutti.composition.domain.NoteDocument;
import app.tutti.composition.domain.Project;
import app.tutti.composition.domain.ProjectDetails;
import app.tutti.composition.domain.TempoMap;
import app.tutti.composition.domain.TimeSignature;
import app.tutti.composition.domain.Track;
import app.tutti.composition.service.ProjectService;
import app.tutti.midi.domain.MidiSong;
import app.tutti.midi.domain.MidiTrack;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a Standard MIDI File into a new project: one track per MIDI track, the tempo changes as
 * the project's tempo map, the first time signature as the project's, and the notes added
 * through the operation log (credited to the importing user). All or nothing: a bad file
 * creates no project.
 */
@Service
public class ProjectMidiImport {

    public record Result(ProjectId projectId, int notes, ImportReport report) {
    }

    private final MidiImporter importer;
    private final ProjectService projects;
    private final EditSessionService edits;

    ProjectMidiImport(MidiImporter importer, ProjectService projects, EditSessionService edits) {
        this.importer = importer;
        this.projects = projects;
        this.edits = edits;
    }

    @Transactional
    public Result importAsProject(String fileName, byte[] bytes) {
        ImportedSong imported = importer.importFrom(bytes);
        return new Result(createProject(titleOf(fileName), imported.song()), imported.song().noteCount(),
                imported.report());
    }

    /** A new project holding the song, owned by the current user; returns its id. */
    @Transactional
    public ProjectId createProject(String title, MidiSong song) {
        List<Track> tracks = new ArrayList<>();
        for (MidiTrack track : song.tracks()) {
            tracks.add(Track.of(tracks.size(), track.name(), track.program(), track.channel()));
        }
        TickScale scale = new TickScale(song.ticksPerQuarter(), Project.DEFAULT_TICKS_PER_QUARTER);
        TempoMap tempoMap = ProjectTempos.toTempoMap(song.tempos(), scale);
        ProjectId projectId = projects.create(details(title, song, tempoMap.initialBpm()), tracks, tempoMap.later());
        List<Note> notes = new ArrayList<>();
        for (int i = 0; i < song.tracks().size(); i++) {
            UUID trackId = tracks.get(i).id();
            song.tracks().get(i).notes().forEach(n -> notes.add(new Note(UUID.randomUUID(), trackId, n.pitch(),
                    scale.start(n.startTick()), scale.duration(n.startTick(), n.durationTicks()), n.velocity())));
        }
        NoteDocument.batches(notes).forEach(
                batch -> edits.submit(projectId, UUID.randomUUID(), 0, new EditOp.AddNotes(batch)));
        return projectId;
    }

    private static ProjectDetails details(String title, MidiSong song, double tempo) {
        TimeSignature timeSignature = song.timeSignatures().isEmpty() ? TimeSignature.COMMON_TIME
                : new TimeSignature(song.timeSignatures().getFirst().numerator(),
                        song.timeSignatures().getFirst().denominator());
        return new ProjectDetails(title, tempo, timeSignature, MusicalKey.C_MAJOR);
    }

    static String titleOf(String fileName) {
        String base = fileName.replaceAll("(?i)\\.(mid|midi|smf)$", "").strip();
        if (base.isEmpty()) {
            base = "Imported song";
        }
        return base.length() > ProjectDetails.MAX_TITLE_LENGTH ? base.substring(0, ProjectDetails.MAX_TITLE_LENGTH) : base;
    }
}
