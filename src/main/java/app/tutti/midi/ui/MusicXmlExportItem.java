package app.tutti.midi.ui;

import app.tutti.base.domain.ProjectId;
import app.tutti.base.ui.DownloadLink;
import app.tutti.collab.ui.EditorToolbarItem;
import app.tutti.midi.service.ProjectMidiExport;
import app.tutti.midi.service.ProjectMusicXmlExport;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.springframework.core.annotation.Order;

/** "MusicXML" in the editor: downloads the project as sheet music for MuseScore and friends. */
@org.springframework.stereotype.Component
@Order(11)
class MusicXmlExportItem implements EditorToolbarItem {

    private final ProjectMusicXmlExport export;

    MusicXmlExportItem(ProjectMusicXmlExport export) {
        this.export = export;
    }

    @Override
    public Component create(ProjectId projectId) {
        return DownloadLink.create("export-musicxml", VaadinIcon.FILE_TEXT_O, "MusicXML", () -> {
            ProjectMidiExport.Exported exported = export.export(projectId);
            return new DownloadLink.File(exported.fileName(), "application/vnd.recordare.musicxml+xml",
                    exported.bytes());
        });
    }
}
