package app.tutti.composition.ui;

import app.tutti.composition.domain.Project;
import app.tutti.composition.domain.ProjectDetails;
import app.tutti.composition.domain.ProjectSummary;
import app.tutti.composition.service.ProjectService;
import app.tutti.sharing.domain.ProjectRole;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;

/** "My projects": search, sort, create, open, rename, duplicate and delete. */
@Route("")
@PageTitle("My projects · Tutti")
@Menu(order = 0, icon = "vaadin:music", title = "My projects")
@PermitAll
public class ProjectListView extends VerticalLayout {

    private static final DateTimeFormatter EDITED = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());

    private static final int PHONE_WIDTH = 600;

    final TextField search = new TextField();
    final Button newProject = new Button("New project", VaadinIcon.PLUS.create());
    final Grid<ProjectSummary> grid = new Grid<>();
    final Paragraph emptyState = new Paragraph(new Text("No projects yet. "),
            new Anchor("templates", "Start from a template"), new Text(", "), new Anchor("import", "import a MIDI file"),
            new Text(", or create an empty one with “New project”."));

    private final ProjectService projectService;
    private final Grid.Column<ProjectSummary> editedColumn;

    ProjectListView(ProjectService projectService) {
        this.projectService = projectService;
        addClassName("tutti-page");
        setSizeFull();

        search.setId("project-search");
        search.setPlaceholder("Search by title");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        newProject.setId("new-project");
        newProject.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newProject.addClickShortcut(Key.KEY_N, KeyModifier.ALT);
        newProject.setTooltipText("New project (Alt+N)");
        newProject.addClickListener(e -> new NewProjectDialog(this::create).open());

        HorizontalLayout toolbar = new HorizontalLayout(new H2("My projects"), search, newProject);
        toolbar.addClassName("tutti-toolbar");
        toolbar.setWidthFull();
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setFlexGrow(1, search);

        grid.setId("project-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(summary -> summary.project().title()).setHeader("Title").setKey("title")
                .setSortable(true).setComparator(Comparator.comparing(s -> s.project().title().toLowerCase()))
                .setFlexGrow(3);
        grid.addColumn(summary -> describe(summary.project().details())).setHeader("Tempo · time · key")
                .setKey("music").setFlexGrow(2);
        grid.addColumn(summary -> summary.role().label()).setHeader("Role").setKey("role").setAutoWidth(true);
        editedColumn = grid.addColumn(summary -> EDITED.format(summary.project().updatedAt())).setHeader("Last edited")
                .setKey("edited").setSortable(true).setComparator(s -> s.project().updatedAt()).setAutoWidth(true);
        var actionsColumn = grid.addComponentColumn(this::actions).setKey("actions").setWidth("4rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        grid.addItemClickListener(e -> {
            if (e.getColumn() != actionsColumn) {
                open(e.getItem().project());
            }
        });
        grid.sort(List.of(new GridSortOrder<>(editedColumn, SortDirection.DESCENDING)));
        emptyState.setId("empty-state");

        add(toolbar, emptyState, grid);
        setFlexGrow(1, grid);
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        Page page = attachEvent.getUI().getPage();
        page.retrieveExtendedClientDetails(details -> fitColumnsTo(details.getWindowInnerWidth()));
        page.addBrowserWindowResizeListener(resize -> fitColumnsTo(resize.getWidth()));
    }

    /** On a phone only the title, the time and the actions fit; the rest shows from 600 px up. */
    void fitColumnsTo(int windowWidth) {
        boolean wide = windowWidth >= PHONE_WIDTH;
        grid.getColumnByKey("music").setVisible(wide);
        grid.getColumnByKey("role").setVisible(wide);
    }

    void refresh() {
        List<ProjectSummary> projects = projectService.listMine(search.getValue());
        grid.setItems(projects);
        emptyState.setVisible(projects.isEmpty() && search.isEmpty());
    }

    void create(ProjectDetails details) {
        projectService.create(details);
        Notification.show("Created “" + details.title() + "”");
        refresh();
    }

    void rename(ProjectSummary summary, String title) {
        projectService.rename(summary.project().id(), title);
        refresh();
    }

    void duplicate(ProjectSummary summary) {
        projectService.duplicate(summary.project().id());
        Notification.show("Duplicated “" + summary.project().title() + "”");
        refresh();
    }

    void delete(ProjectSummary summary) {
        projectService.delete(summary.project().id());
        Notification.show("Deleted “" + summary.project().title() + "”");
        refresh();
    }

    /** Opens the project's editor (a later feature's view, so it is addressed by URL). */
    private void open(Project project) {
        getUI().ifPresent(ui -> ui.navigate("projects/" + project.id()));
    }

    private void openSettings(Project project) {
        getUI().ifPresent(ui -> ui.navigate(ProjectSettingsView.class, ProjectSettingsView.parametersFor(project.id())));
    }

    private MenuBar actions(ProjectSummary summary) {
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE, MenuBarVariant.LUMO_ICON);
        var more = menu.addItem(VaadinIcon.ELLIPSIS_DOTS_V.create());
        more.setAriaLabel("Actions for " + summary.project().title());
        var sub = more.getSubMenu();
        sub.addItem("Open", e -> open(summary.project()));
        sub.addItem("Settings", e -> openSettings(summary.project()));
        boolean canEdit = summary.role().includes(ProjectRole.EDITOR);
        sub.addItem("Rename…", e -> new RenameProjectDialog(summary.project().title(), t -> rename(summary, t)).open())
                .setEnabled(canEdit);
        sub.addItem("Duplicate", e -> duplicate(summary));
        sub.addItem("Delete…", e -> new DeleteProjectDialog(summary.project().title(), () -> delete(summary)).open())
                .setEnabled(summary.role() == ProjectRole.OWNER);
        return menu;
    }

    static String describe(ProjectDetails details) {
        double bpm = details.tempoBpm();
        String tempo = bpm == Math.rint(bpm) ? String.valueOf((long) bpm) : String.valueOf(bpm);
        return tempo + " BPM · " + details.timeSignature() + " · " + details.key();
    }
}
