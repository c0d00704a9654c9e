package app.tutti.classroom.ui;

import app.tutti.classroom.domain.Assignment;
import app.tutti.classroom.domain.Work;
import app.tutti.classroom.service.SubmissionService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Instant;

/** A student's own copy: open it, submit or unsubmit it, and read the teacher's comment once returned. */
class MyWorkPanel extends VerticalLayout {

    final Paragraph state = new Paragraph();
    Button submit = new Button("Submit");
    Button unsubmit = new Button("Unsubmit");
    private final Assignment assignment;
    private final SubmissionService submissions;

    MyWorkPanel(Assignment assignment, SubmissionService submissions) {
        this.assignment = assignment;
        this.submissions = submissions;
        setPadding(false);
        state.setId("my-work-state");
        show();
    }

    private void show() {
        removeAll();
        var mine = submissions.myWork(assignment.id());
        if (mine.isEmpty()) {
            state.setText("Your copy has not been handed out yet; ask your teacher to publish again.");
            add(state);
            return;
        }
        Work work = mine.get();
        Anchor open = new Anchor("projects/" + work.projectId(), "Open my work");
        open.setId("open-my-work");
        state.setText(describe(work));
        submit = new Button("Submit", e -> {
            submissions.submit(work.id());
            show();
        });
        submit.setId("submit-work");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        unsubmit = new Button("Unsubmit", e -> {
            submissions.unsubmit(work.id());
            show();
        });
        unsubmit.setId("unsubmit-work");
        submit.setVisible(!work.submitted());
        unsubmit.setVisible(work.submitted() && !work.returned());
        add(new HorizontalLayout(FlexComponent.Alignment.BASELINE, open, submit, unsubmit), state);
    }

    private String describe(Work work) {
        if (work.returned()) {
            return "Returned" + (work.grade() == null ? "" : " · grade " + work.grade()) + ": " + work.returnComment();
        }
        if (work.submitted()) {
            Instant at = work.submittedAt();
            return "Submitted " + Dates.format(at, "") + (work.late(assignment.dueAt()) ? " (late)" : "");
        }
        return "Not submitted yet.";
    }
}
