package app.tutti.midi.ui;

import app.tutti.base.domain.InvalidInputException;
import app.tutti.midi.service.MidiImportLimits;
import app.tutti.midi.service.MidiImporter;
import app.tutti.midi.service.ProjectMidiImport;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.PermitAll;

/** Upload a Standard MIDI File; it becomes a new project. */
@Route("import")
@PageTitle("Import MIDI · Tutti")
@Menu(order = 1, icon = "vaadin:upload", title = "Import MIDI")
@PermitAll
public class ImportMidiView extends VerticalLayout {

    final Upload upload;
    final Paragraph result = new Paragraph();

    private final ProjectMidiImport midiImport;

    ImportMidiView(ProjectMidiImport midiImport, MidiImporter importer) {
        this.midiImport = midiImport;
        addClassName("tutti-page");
        setMaxWidth("48rem");
        MidiImportLimits limits = importer.limits();
        long maxBytes = limits.maxFileBytes();
        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            UI ui = UI.getCurrent();
            ui.access(() -> importFile(metadata.fileName(), bytes));
        }));
        upload.setId("midi-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        upload.setAcceptedFileTypes(".mid", ".midi", "audio/midi", "audio/x-midi");
        upload.addFileRejectedListener(e -> showError(e.getErrorMessage()
                + " MIDI files up to " + limits.maxFileSizeText() + " can be imported."));
        result.setId("import-result");
        add(new H2("Import a MIDI file"),
                new Paragraph("Standard MIDI Files (type 0 or 1) become a new project: one track per MIDI track "
                        + "(or channel), with tempo and time signature from the file."),
                upload, result);
    }

    void importFile(String fileName, byte[] bytes) {
        try {
            ProjectMidiImport.Result imported = midiImport.importAsProject(fileName, bytes);
            String warnings = imported.report().warnings().isEmpty() ? ""
                    : " Note: " + String.join(" ", imported.report().warnings());
            result.setText("Imported " + imported.notes() + " notes from " + fileName + "." + warnings);
            Notification.show("Imported " + fileName);
            getUI().ifPresent(ui -> ui.navigate("projects/" + imported.projectId()));
        } catch (InvalidInputException e) {
            upload.clearFileList();
            showError(e.getMessage());
        }
    }

    private void showError(String message) {
        result.setText(message);
        Notification.show(message, 6000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
