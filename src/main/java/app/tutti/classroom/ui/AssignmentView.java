package app.tutti.classroom.ui;

import app.tutti.ai.domain.AiPolicy;
import app.tutti.base.domain.NotFoundException;
import app.tutti.classroom.domain.Assignment;
import app.tutti.classroom.domain.AssignmentId;
import app.tutti.classroom.domain.ClassRole;
import app.tutti.classroom.domain.WorkMode;
import app.tutti.classroom.service.AssignmentService;
import app.tutti.classroom.service.ClassroomService;
import app.tutti.classroom.service.MyClass;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;

/**
 * One assignment. Teachers see the dashboard (and groups, and publishing); students see their own
 * work with submit and unsubmit.
 */
@Route("assignments/:assignmentId")
@PermitAll
public class AssignmentView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String ASSIGNMENT_ID = "assignmentId";

    final Button publish = new Button();
    private final AssignmentService assignments;
    private final ClassroomService classrooms;
    private final AssignmentPanels panels;
    private @Nullable Assignment assignment;

    AssignmentView(AssignmentService assignments, ClassroomService classrooms, AssignmentPanels panels) {
        this.assignments = assignments;
        this.classrooms = classrooms;
        this.panels = panels;
        addClassName("tutti-page");
        setMaxWidth("80rem");
        publish.setId("publish-assignment");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(e -> {
            int made = assignments.publish(assignment.id());
            Notification.show(made == 1 ? "Handed out 1 copy" : "Handed out " + made + " copies");
            show(assignment.id());
        });
    }

    public static RouteParameters parametersFor(AssignmentId id) {
        return new RouteParameters(ASSIGNMENT_ID, id.toString());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        AssignmentId id = event.getRouteParameters().get(ASSIGNMENT_ID).flatMap(AssignmentId::parse).orElse(null);
        try {
            if (id == null) {
                throw new NotFoundException("There is no assignment at this address.");
            }
            show(id);
        } catch (NotFoundException e) {
            event.rerouteToError(e, e.getMessage());
        }
    }

    @Override
    public String getPageTitle() {
        return (assignment == null ? "Assignment" : assignment.title()) + " · Tutti";
    }

    private void show(AssignmentId id) {
        assignment = assignments.get(id);
        MyClass myClass = classrooms.get(assignment.classId());
        removeAll();
        H2 heading = new H2(assignment.title());
        heading.setId("assignment-heading");
        Anchor back = new Anchor("classes/" + assignment.classId(), "← " + myClass.classroom().name());
        Paragraph facts = new Paragraph(assignment.mode().label() + " · due "
                + Dates.format(assignment.dueAt(), "whenever") + " · AI: " + describe(assignment.aiPolicy()));
        facts.setId("assignment-facts");
        Paragraph instructions = new Paragraph(assignment.draft().instructions());
        instructions.getStyle().set("white-space", "pre-wrap");
        add(back, heading, facts, instructions);
        if (myClass.role() == ClassRole.STUDENT) {
            add(panels.myWork(assignment));
            return;
        }
        publish.setText(assignment.published() ? "Hand out to new students" : "Publish");
        add(publish);
        if (assignment.mode() == WorkMode.GROUPS) {
            add(panels.groups(assignment, classrooms.roster(assignment.classId())));
        }
        add(panels.dashboard(assignment));
    }

    static String describe(AiPolicy policy) {
        String limit = !policy.allowsAi() ? "off"
                : policy.maxGenerationsPerUser() == AiPolicy.UNLIMITED ? "unlimited"
                : "at most " + policy.maxGenerationsPerUser() + " generations each";
        return policy.originalityGateRequired() ? limit + ", originality gate required" : limit;
    }
}
