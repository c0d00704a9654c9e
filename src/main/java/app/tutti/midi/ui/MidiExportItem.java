package app.tutti.midi.ui;

import app.tutti.base.domain.ProjectId;
import app.tutti.base.ui.DownloadLink;
import app.tutti.collab.ui.EditorToolbarItem;
import app.tutti.collab.ui.PianoRoll;
import app.tutti.midi.service.ProjectMidiExport;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.springframework.core.annotation.Order;

/**
 * "Export MIDI" in the editor: downloads the project as a type-1 Standard MIDI File; next to it,
 * "Export selection" downloads only the selected notes.
 */
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

    @Override
    public Component create(ProjectId projectId, PianoRoll roll) {
        HorizontalLayout both = new HorizontalLayout(create(projectId),
                new SelectionExportButton(projectId, roll, midiExport));
        both.setPadding(false);
        both.setAlignItems(FlexComponent.Alignment.CENTER);
        return both;
    }
}
