package app.tutti.composition.ui;

import app.tutti.composition.domain.ProjectDetails;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.function.Consumer;

/** Asks for a new project's title, tempo, time signature and key. */
class NewProjectDialog extends Dialog {

    final ProjectDetailsForm form = new ProjectDetailsForm(ProjectDetails.untitled());
    final Button create = new Button("Create");

    NewProjectDialog(Consumer<ProjectDetails> onCreate) {
        setHeaderTitle("New project");
        setId("new-project-dialog");
        form.title.setValue("");
        form.title.setPlaceholder("My new song");
        add(form);
        create.setId("create-project");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickShortcut(Key.ENTER);
        create.addClickListener(e -> form.read().ifPresent(details -> {
            onCreate.accept(details);
            close();
        }));
        getFooter().add(new Button("Cancel", e -> close()), create);
        setWidth("min(36rem, 100vw)");
    }

    @Override
    public void open() {
        super.open();
        form.title.focus();
    }
}
