package app.tutti.classroom.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.BiConsumer;

/** A comment and an optional grade for returning submitted work. */
class ReturnWorkDialog extends Dialog {

    final TextArea comment = new TextArea("Comment");
    final TextField grade = new TextField("Grade (optional)");
    final Button giveBack = new Button("Return");

    ReturnWorkDialog(String who, BiConsumer<String, String> onReturn) {
        setHeaderTitle("Return " + who + "’s work");
        comment.setId("return-comment");
        comment.setWidthFull();
        grade.setId("return-grade");
        grade.setMaxLength(20);
        add(comment, grade);
        giveBack.setId("confirm-return");
        giveBack.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        giveBack.addClickListener(e -> {
            onReturn.accept(comment.getValue(), grade.getValue());
            close();
        });
        getFooter().add(new Button("Cancel", e -> close()), giveBack);
    }
}
