package app.tutti.midi.ui;

import app.tutti.base.domain.ProjectId;
import app.tutti.collab.ui.EditorToolbarItem;
import app.tutti.collab.ui.PianoRoll;
import app.tutti.midi.service.ProjectMidiExport;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
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
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            ProjectMidiExport.Exported exported = midiExport.export(projectId);
            return new DownloadResponse(new ByteArrayInputStream(exported.bytes()), exported.fileName(), "audio/midi",
                    exported.bytes().length);
        }), "");
        link.add(VaadinIcon.DOWNLOAD.create(), new Span(" Export MIDI"));
        link.setId("export-midi");
        link.addClassName("tutti-toolbar-link");
        return link;
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
