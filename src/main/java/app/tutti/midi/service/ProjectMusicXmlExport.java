package app.tutti.midi.service;

import app.tutti.base.domain.ProjectId;
import app.tutti.collab.service.EditSessionService;
import app.tutti.composition.domain.Project;
import app.tutti.composition.service.ProjectService;
import app.tutti.midi.domain.MidiSong;
import app.tutti.midi.domain.SongCredits;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes a project as MusicXML with its credits (anyone who may view the project may export it). */
@Service
public class ProjectMusicXmlExport {

    private final ProjectService projects;
    private final EditSessionService edits;
    private final MusicXmlExporter exporter;
    private final ProjectCredits credits;
    private final Clock clock;

    ProjectMusicXmlExport(ProjectService projects, EditSessionService edits, MusicXmlExporter exporter,
            ProjectCredits credits, Clock clock) {
        this.projects = projects;
        this.edits = edits;
        this.exporter = exporter;
        this.credits = credits;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ProjectMidiExport.Exported export(ProjectId projectId) {
        Project project = projects.get(projectId).project();
        MidiSong song = ProjectMidiExport.toSong(project, projects.tempoMap(projectId), projects.tracksOf(projectId),
                edits.open(projectId).document().notes());
        SongCredits lines = credits.of(projectId);
        ScoreSheet sheet = new ScoreSheet(project.title(), song, project.details().key(),
                credits.creators(projectId), lines.copyright(), lines.lines());
        String xml = exporter.export(sheet, LocalDate.ofInstant(clock.instant(), clock.getZone()));
        String midiName = ProjectMidiExport.fileNameFor(project.title());
        return new ProjectMidiExport.Exported(midiName.substring(0, midiName.length() - ".mid".length())
                + ".musicxml", xml.getBytes(StandardCharsets.UTF_8));
    }
}
