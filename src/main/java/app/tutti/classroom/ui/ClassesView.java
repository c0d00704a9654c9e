package app.tutti.classroom.ui;

import app.tutti.classroom.domain.ClassId;
import app.tutti.classroom.service.ClassroomService;
import app.tutti.classroom.service.MyClass;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/** "Classes": the classes I teach or attend; create one, or join one with a code. */
@Route("classes")
@PageTitle("Classes · Tutti")
@Menu(order = 3, icon = "vaadin:academy-cap", title = "Classes")
@PermitAll
public class ClassesView extends VerticalLayout {

    final TextField newClassName = new TextField();
    final Button createClass = new Button("Create class");
    final TextField joinCode = new TextField();
    final Button joinClass = new Button("Join");
    final Grid<MyClass> grid = new Grid<>();
    final Paragraph emptyState = new Paragraph(
            "You are in no class yet. Create one to teach, or join one with the code your teacher gave you.");

    private final ClassroomService classrooms;

    ClassesView(ClassroomService classrooms) {
        this.classrooms = classrooms;
        addClassName("tutti-page");
        setSizeFull();

        newClassName.setId("new-class-name");
        newClassName.setPlaceholder("Class name, e.g. Music 7B");
        createClass.setId("create-class");
        createClass.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        createClass.addClickListener(e -> create());
        joinCode.setId("join-code");
        joinCode.setPlaceholder("Join code");
        joinCode.setMaxLength(12);
        joinClass.setId("join-class");
        joinClass.addClickListener(e -> join());

        HorizontalLayout create = new HorizontalLayout(newClassName, createClass);
        HorizontalLayout join = new HorizontalLayout(joinCode, joinClass);
        create.setAlignItems(FlexComponent.Alignment.BASELINE);
        join.setAlignItems(FlexComponent.Alignment.BASELINE);
        HorizontalLayout toolbar = new HorizontalLayout(new H2("Classes"), create, join);
        toolbar.addClassName("tutti-toolbar");
        toolbar.setWidthFull();
        toolbar.setWrap(true);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);

        grid.setId("class-grid");
        grid.addColumn(c -> c.classroom().name()).setHeader("Class").setFlexGrow(3);
        grid.addColumn(c -> c.role().label()).setHeader("My role").setAutoWidth(true);
        grid.addColumn(c -> c.classroom().archived() ? "Archived" : "Active").setHeader("State").setAutoWidth(true);
        grid.addItemClickListener(e -> open(e.getItem().classroom().id()));
        emptyState.setId("classes-empty");

        add(toolbar, emptyState, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    void refresh() {
        List<MyClass> classes = classrooms.myClasses();
        grid.setItems(classes);
        emptyState.setVisible(classes.isEmpty());
    }

    void create() {
        open(classrooms.create(newClassName.getValue()));
    }

    void join() {
        open(classrooms.join(joinCode.getValue()));
    }

    private void open(ClassId id) {
        getUI().ifPresent(ui -> ui.navigate(ClassView.class, ClassView.parametersFor(id)));
    }
}
