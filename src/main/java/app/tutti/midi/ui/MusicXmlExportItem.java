package app.tutti.midi.ui;

import app.tutti.base.domain.ProjectId;
import app.tutti.collab.ui.EditorToolbarItem;
import app.tutti.midi.service.ProjectMidiExport;
import app.tutti.midi.service.ProjectMusicXmlExport;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
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
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            ProjectMidiExport.Exported exported = export.export(projectId);
            return new DownloadResponse(new ByteArrayInputStream(exported.bytes()), exported.fileName(),
                    "application/vnd.recordare.musicxml+xml", exported.bytes().length);
        }), "");
        link.add(VaadinIcon.FILE_TEXT_O.create(), new Span(" MusicXML"));
        link.setId("export-musicxml");
        link.addClassName("tutti-toolbar-link");
        return link;
    }
}
