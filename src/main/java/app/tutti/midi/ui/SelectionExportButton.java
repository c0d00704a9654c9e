package app.tutti.midi.ui;

import app.tutti.base.domain.ProjectId;
import app.tutti.collab.ui.PianoRoll;
import app.tutti.midi.service.ProjectMidiExport;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Base64;

/**
 * "Export selection": enabled while notes are selected in the roll; asks the roll which, has the
 * server write just those as a MIDI file, and hands the file to the browser as a download.
 */
class SelectionExportButton extends Button {

    private static final String DOWNLOAD = """
            const bytes = Uint8Array.from(atob($0), c => c.charCodeAt(0));
            const link = document.createElement('a');
            link.href = URL.createObjectURL(new Blob([bytes], {type: 'audio/midi'}));
            link.download = $1;
            document.body.appendChild(link);
            link.click();
            link.remove();
            setTimeout(() => URL.revokeObjectURL(link.href), 60000);""";

    SelectionExportButton(ProjectId projectId, PianoRoll roll, ProjectMidiExport midiExport) {
        super("Export selection", VaadinIcon.SCISSORS.create());
        setId("export-selection");
        setTooltipText("Export selection as MIDI");
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        setEnabled(false);
        roll.addSelectionListener(selection -> setEnabled(!selection.isEmpty()));
        addClickListener(e -> roll.readSelection(ids -> {
            ProjectMidiExport.Exported exported = midiExport.exportSelection(projectId, ids);
            getElement().executeJs(DOWNLOAD, Base64.getEncoder().encodeToString(exported.bytes()),
                    exported.fileName());
        }));
    }
}
