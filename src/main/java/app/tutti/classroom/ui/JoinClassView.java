package app.tutti.classroom.ui;

import app.tutti.base.domain.InvalidInputException;
import app.tutti.classroom.domain.ClassId;
import app.tutti.classroom.service.ClassroomService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** The join link ({@code /join-class/CODE}): joins the class and opens it, or says why not. */
@Route("join-class/:code")
@PageTitle("Join a class · Tutti")
@PermitAll
public class JoinClassView extends VerticalLayout implements BeforeEnterObserver {

    private final ClassroomService classrooms;

    JoinClassView(ClassroomService classrooms) {
        this.classrooms = classrooms;
        addClassName("tutti-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("code").orElse("");
        try {
            ClassId joined = classrooms.join(code);
            event.forwardTo(ClassView.class, ClassView.parametersFor(joined));
        } catch (InvalidInputException e) {
            Paragraph message = new Paragraph(e.getMessage());
            message.setId("join-problem");
            add(new H2("Join a class"), message, new Anchor("classes", "Back to my classes"));
        }
    }
}
