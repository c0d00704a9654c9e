package app.tutti.midi.ui;

import app.tutti.base.domain.ProjectId;
import app.tutti.base.ui.DownloadLink;
import app.tutti.collab.ui.EditorToolbarItem;
import app.tutti.midi.service.ProjectMidiExport;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.springframework.core.annotation.Order;

/** "Export MIDI" in the editor: downloads the project as a type-1 Standard MIDI File. */
@org.springframework.stereotype.Component
@Order(10)
class MidiExportItem implements EditorToolbarItem {

    private final ProjectMidiExport midiExport;

    MidiExportItem(ProjectMidiExport midiExport) {
        this.midiExport = midiExport;
    }

    @Override
    public Component create(ProjectId projectId) {
        return DownloadLink.create("export-midi", VaadinIcon.DOWNLOAD, "Export MIDI", () -> {
            ProjectMidiExport.Exported exported = midiExport.export(projectId);
            return new DownloadLink.File(exported.fileName(), "audio/midi", exported.bytes());
        });
    }
}
