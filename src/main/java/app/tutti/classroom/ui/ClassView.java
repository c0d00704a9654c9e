package app.tutti.classroom.ui;

import app.tutti.base.domain.NotFoundException;
import app.tutti.classroom.domain.Assignment;
import app.tutti.classroom.domain.AssignmentDraft;
import app.tutti.classroom.domain.ClassId;
import app.tutti.classroom.service.AssignmentService;
import app.tutti.classroom.service.ClassMembershipService;
import app.tutti.classroom.service.ClassroomService;
import app.tutti.classroom.service.MyClass;
import app.tutti.classroom.service.RosterEntry;
import app.tutti.classroom.service.SpotlightBus;
import app.tutti.classroom.service.SpotlightService;
import app.tutti.composition.service.ProjectService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;

/** One class: spotlight, join code (teachers), roster and assignments. */
@Route("classes/:classId")
@PermitAll
public class ClassView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String CLASS_ID = "classId";

    final Grid<Assignment> assignments = new Grid<>();
    final Button newAssignment = new Button("New assignment");
    final TextField coTeacher = new TextField();
    final Button archive = new Button("Archive class");
    @Nullable RosterGrid roster;

    private final ClassroomService classrooms;
    private final ClassMembershipService membership;
    private final AssignmentService assignmentService;
    private final SpotlightService spotlights;
    private final SpotlightBus bus;
    private final ProjectService projects;
    private @Nullable MyClass myClass;

    ClassView(ClassroomService classrooms, ClassMembershipService membership, AssignmentService assignmentService,
            SpotlightService spotlights, SpotlightBus bus, ProjectService projects) {
        this.classrooms = classrooms;
        this.membership = membership;
        this.assignmentService = assignmentService;
        this.spotlights = spotlights;
        this.bus = bus;
        this.projects = projects;
        addClassName("tutti-page");
        setMaxWidth("72rem");
        assignments.setId("assignments");
        assignments.addColumn(Assignment::title).setHeader("Assignment").setFlexGrow(3);
        assignments.addColumn(a -> a.mode().label()).setHeader("Work").setAutoWidth(true);
        assignments.addColumn(a -> Dates.format(a.dueAt(), "No due date")).setHeader("Due").setAutoWidth(true);
        assignments.addColumn(a -> a.published() ? "Published" : "Draft").setHeader("State").setAutoWidth(true);
        assignments.setAllRowsVisible(true);
        assignments.addItemClickListener(e -> getUI().ifPresent(
                ui -> ui.navigate(AssignmentView.class, AssignmentView.parametersFor(e.getItem().id()))));
        newAssignment.setId("new-assignment");
        newAssignment.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newAssignment.addClickListener(e -> new NewAssignmentDialog(projects.listMine(""), this::create).open());
        coTeacher.setId("co-teacher");
        coTeacher.setPlaceholder("Username of a co-teacher");
        archive.setId("archive-class");
        archive.addClickListener(e -> {
            classrooms.archive(classId());
            Notification.show("Class archived");
            show(classId());
        });
    }

    public static RouteParameters parametersFor(ClassId id) {
        return new RouteParameters(CLASS_ID, id.toString());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ClassId id = event.getRouteParameters().get(CLASS_ID).flatMap(ClassId::parse).orElse(null);
        try {
            if (id == null) {
                throw new NotFoundException("There is no class at this address.");
            }
            show(id);
        } catch (NotFoundException e) {
            event.rerouteToError(e, e.getMessage());
        }
    }

    @Override
    public String getPageTitle() {
        return (myClass == null ? "Class" : myClass.classroom().name()) + " · Tutti";
    }

    private void show(ClassId id) {
        myClass = classrooms.get(id);
        removeAll();
        H2 heading = new H2(myClass.classroom().name());
        heading.setId("class-name");
        Span role = new Span(myClass.role().label() + (myClass.classroom().archived() ? " · archived" : ""));
        add(new HorizontalLayout(FlexComponent.Alignment.BASELINE, heading, role));
        add(new SpotlightBanner(spotlights.current(id), bus));
        boolean teaching = myClass.teaching();
        if (teaching && !myClass.classroom().archived()) {
            add(new JoinCodePanel(myClass.classroom(), classrooms));
        }
        HorizontalLayout assignmentBar = new HorizontalLayout(FlexComponent.Alignment.BASELINE, new H3("Assignments"));
        if (teaching && !myClass.classroom().archived()) {
            assignmentBar.add(newAssignment);
        }
        add(assignmentBar, assignments);
        assignments.setItems(assignmentService.assignments(id));
        add(new H3("Roster"));
        roster = new RosterGrid(teaching, this::remove);
        roster.setItems(classrooms.roster(id));
        add(roster);
        if (teaching) {
            Button addCoTeacher = new Button("Add co-teacher", e -> addCoTeacher());
            add(new HorizontalLayout(FlexComponent.Alignment.BASELINE, coTeacher, addCoTeacher, archive));
        }
    }

    void create(AssignmentDraft draft) {
        var id = assignmentService.create(classId(), draft);
        getUI().ifPresent(ui -> ui.navigate(AssignmentView.class, AssignmentView.parametersFor(id)));
    }

    void remove(RosterEntry student) {
        membership.removeStudent(classId(), student.userId());
        Notification.show(student.displayName() + " was removed from the class");
        show(classId());
    }

    void addCoTeacher() {
        membership.addCoTeacher(classId(), coTeacher.getValue());
        coTeacher.clear();
        show(classId());
    }

    private ClassId classId() {
        return myClass.classroom().id();
    }
}
