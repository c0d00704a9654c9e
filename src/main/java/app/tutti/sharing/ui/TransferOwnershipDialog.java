package app.tutti.sharing.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** Makes the owner confirm before handing the project over; the step cannot be undone by them. */
class TransferOwnershipDialog extends ConfirmDialog {

    TransferOwnershipDialog(String newOwnerName, Runnable onTransfer) {
        setId("transfer-ownership-dialog");
        setHeader("Make " + newOwnerName + " the owner?");
        setText(newOwnerName + " will own this project: they decide who may see and edit it, and can delete it. "
                + "You stay on as an editor. Only the new owner can give ownership back.");
        setCancelable(true);
        setConfirmText("Transfer ownership");
        setConfirmButtonTheme("error primary");
        addConfirmListener(e -> onTransfer.run());
    }
}
