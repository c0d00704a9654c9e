package app.tutti.composition.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** Makes the user confirm before a project and its history are removed. */
class DeleteProjectDialog extends ConfirmDialog {

    DeleteProjectDialog(String title, Runnable onDelete) {
        setId("delete-project-dialog");
        setHeader("Delete “" + title + "”?");
        setText("The project, its tracks and its whole history are removed for everyone it is shared with. "
                + "This cannot be undone.");
        setCancelable(true);
        setConfirmText("Delete");
        setConfirmButtonTheme("error primary");
        addConfirmListener(e -> onDelete.run());
    }
}
