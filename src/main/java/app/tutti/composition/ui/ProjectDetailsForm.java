package app.tutti.composition.ui;

import app.tutti.base.domain.InvalidInputException;
import app.tutti.composition.domain.MusicalKey;
import app.tutti.composition.domain.ProjectDetails;
import app.tutti.composition.domain.TimeSignature;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Optional;

/** Title, tempo, time signature and key: the fields of a new project and of its settings. */
class ProjectDetailsForm extends FormLayout {

    final TextField title = new TextField("Title");
    final NumberField tempo = new NumberField("Tempo (BPM)");
    final ComboBox<TimeSignature> timeSignature = new ComboBox<>("Time signature", TimeSignature.CHOICES);
    final ComboBox<MusicalKey> key = new ComboBox<>("Key", MusicalKey.all());

    ProjectDetailsForm(ProjectDetails initial) {
        title.setId("project-title");
        title.setMaxLength(ProjectDetails.MAX_TITLE_LENGTH);
        title.setRequired(true);
        tempo.setId("project-tempo");
        tempo.setMin(ProjectDetails.MIN_TEMPO);
        tempo.setMax(ProjectDetails.MAX_TEMPO);
        tempo.setStep(1);
        tempo.setStepButtonsVisible(true);
        timeSignature.setId("project-time-signature");
        timeSignature.setAllowCustomValue(false);
        key.setId("project-key");
        key.setAllowCustomValue(false);
        setValue(initial);
        add(title, 2);
        add(tempo, timeSignature, key);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("420px", 2));
    }

    /** The tempo field sets the tempo at the start; say so when the song changes tempo later. */
    void showLaterTempoChanges(int count) {
        tempo.setLabel(count == 0 ? "Tempo (BPM)" : "Tempo at the start (BPM)");
        tempo.setHelperText(count == 0 ? null : "The song changes tempo " + (count == 1 ? "once" : count + " times")
                + " later; the editor's ruler marks each change.");
    }

    void setValue(ProjectDetails details) {
        title.setValue(details.title());
        tempo.setValue(details.tempoBpm());
        timeSignature.setValue(details.timeSignature());
        key.setValue(details.key());
    }

    /** The entered details, or empty after marking the field that breaks a rule. */
    Optional<ProjectDetails> read() {
        title.setInvalid(false);
        tempo.setInvalid(false);
        try {
            Double bpm = tempo.getValue();
            return Optional.of(new ProjectDetails(title.getValue(), bpm == null ? Double.NaN : bpm,
                    timeSignature.getValue(), key.getValue()));
        } catch (InvalidInputException e) {
            var field = e.getMessage().startsWith("Tempo") ? tempo : title;
            field.setErrorMessage(e.getMessage());
            field.setInvalid(true);
            return Optional.empty();
        }
    }
}
