package app.tutti.classroom.ui;

import app.tutti.ai.domain.AiPolicy;
import app.tutti.base.domain.ProjectId;
import app.tutti.classroom.domain.AssignmentDraft;
import app.tutti.classroom.domain.WorkMode;
import app.tutti.composition.domain.ProjectSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;

/** Title, instructions, template, due date, individual or groups, and the AI policy of a new assignment. */
class NewAssignmentDialog extends Dialog {

    static final String AI_OFF = "Off";
    static final String AI_LIMITED = "At most N per student";
    static final String AI_UNLIMITED = "Unlimited";

    final TextField title = new TextField("Title");
    final TextArea instructions = new TextArea("Instructions");
    final ComboBox<ProjectSummary> template = new ComboBox<>("Template project (empty if none)");
    final DateTimePicker due = new DateTimePicker("Due");
    final RadioButtonGroup<WorkMode> mode = new RadioButtonGroup<>("Work");
    final RadioButtonGroup<String> ai = new RadioButtonGroup<>("AI");
    final IntegerField aiLimit = new IntegerField("Generations per student");
    final Checkbox originality = new Checkbox("Require the originality gate");
    final Button create = new Button("Create");

    NewAssignmentDialog(List<ProjectSummary> projects, Consumer<AssignmentDraft> onCreate) {
        setHeaderTitle("New assignment");
        title.setId("assignment-title");
        title.setRequired(true);
        instructions.setId("assignment-instructions");
        template.setId("assignment-template");
        template.setItems(projects);
        template.setItemLabelGenerator(p -> p.project().title());
        template.setClearButtonVisible(true);
        due.setId("assignment-due");
        mode.setId("assignment-mode");
        mode.setItems(WorkMode.values());
        mode.setItemLabelGenerator(WorkMode::label);
        mode.setValue(WorkMode.INDIVIDUAL);
        ai.setId("assignment-ai");
        ai.setItems(AI_OFF, AI_LIMITED, AI_UNLIMITED);
        ai.setValue(AI_LIMITED);
        aiLimit.setId("assignment-ai-limit");
        aiLimit.setMin(1);
        aiLimit.setValue(5);
        aiLimit.setStepButtonsVisible(true);
        ai.addValueChangeListener(e -> aiLimit.setEnabled(AI_LIMITED.equals(e.getValue())));
        FormLayout form = new FormLayout(title, template, instructions, due, mode, ai, aiLimit, originality);
        form.setColspan(instructions, 2);
        add(form);
        create.setId("create-assignment");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> {
            onCreate.accept(draft());
            close();
        });
        getFooter().add(new Button("Cancel", e -> close()), create);
    }

    AssignmentDraft draft() {
        ProjectId templateId = template.getValue() == null ? null : template.getValue().project().id();
        Instant dueAt = due.getValue() == null ? null : due.getValue().atZone(ZoneId.systemDefault()).toInstant();
        return new AssignmentDraft(title.getValue(), instructions.getValue(), templateId, dueAt, mode.getValue(),
                policy());
    }

    private AiPolicy policy() {
        AiPolicy policy = switch (ai.getValue()) {
            case AI_OFF -> AiPolicy.off();
            case AI_UNLIMITED -> new AiPolicy(AiPolicy.UNLIMITED, false);
            default -> AiPolicy.atMost(aiLimit.getValue() == null ? 0 : Math.max(0, aiLimit.getValue()));
        };
        return originality.getValue() ? policy.requiringOriginality() : policy;
    }
}
