package app.tutti.composition.ui;

import app.tutti.composition.domain.ProjectDetails;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;

/** Asks for a project's new title. */
class RenameProjectDialog extends Dialog {

    final TextField title = new TextField("Title");
    final Button save = new Button("Rename");

    RenameProjectDialog(String currentTitle, Consumer<String> onRename) {
        setHeaderTitle("Rename project");
        setId("rename-project-dialog");
        title.setId("rename-title");
        title.setValue(currentTitle);
        title.setMaxLength(ProjectDetails.MAX_TITLE_LENGTH);
        title.setWidthFull();
        add(title);
        save.setId("rename-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(e -> {
            if (title.getValue().isBlank()) {
                title.setErrorMessage("Give the project a title.");
                title.setInvalid(true);
                return;
            }
            onRename.accept(title.getValue());
            close();
        });
        getFooter().add(new Button("Cancel", e -> close()), save);
        setWidth("min(28rem, 100vw)");
    }

    @Override
    public void open() {
        super.open();
        title.focus();
        title.getElement().executeJs("this.inputElement.select()");
    }
}
