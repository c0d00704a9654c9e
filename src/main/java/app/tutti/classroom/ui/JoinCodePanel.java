package app.tutti.classroom.ui;

import app.tutti.classroom.domain.Classroom;
import app.tutti.classroom.service.ClassroomService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The teacher's join code: shown large with its link, regenerable, and switchable off. */
class JoinCodePanel extends HorizontalLayout {

    final Span code = new Span();
    final Anchor link = new Anchor();
    final Button regenerate = new Button("New code");
    final Checkbox open = new Checkbox("Students can join");

    JoinCodePanel(Classroom classroom, ClassroomService classrooms) {
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        code.setId("class-code");
        code.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("font-family", "monospace")
                .set("letter-spacing", "0.15em");
        link.setId("class-join-link");
        regenerate.setId("regenerate-code");
        regenerate.addClickListener(e -> showCode(classrooms.regenerateJoinCode(classroom.id()).value()));
        open.setId("join-open");
        open.setValue(classroom.joinOpen());
        open.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                classrooms.setJoinOpen(classroom.id(), e.getValue());
            }
        });
        showCode(classroom.joinCode().value());
        add(new Span("Join code"), code, link, regenerate, open);
    }

    private void showCode(String value) {
        code.setText(value);
        link.setHref("join-class/" + value);
        link.setText("join link");
    }
}
