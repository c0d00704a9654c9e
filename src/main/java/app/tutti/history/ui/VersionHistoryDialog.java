package app.tutti.history.ui;

import app.tutti.base.domain.InvalidInputException;
import app.tutti.base.domain.ProjectId;
import app.tutti.history.service.VersionEntry;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;

/**
 * The project's versions, newest first, with who made them, when, and what changed. Editors save
 * a version and restore one; everyone who can view opens, compares and forks.
 */
class VersionHistoryDialog extends Dialog {

    final TextField name = new TextField();
    final Button save = new Button("Save version");
    final Grid<VersionEntry> grid = new Grid<>();
    final Select<VersionEntry> from = new Select<>();
    final Select<VersionEntry> to = new Select<>();
    final Button compare = new Button("Compare");

    private final ProjectId projectId;
    private final HistoryServices services;
    private final boolean editable;

    VersionHistoryDialog(ProjectId projectId, HistoryServices services, boolean editable) {
        this.projectId = projectId;
        this.services = services;
        this.editable = editable;
        setId("history-dialog");
        setHeaderTitle("Versions");
        setWidth("min(64rem, 100vw)");
        name.setPlaceholder("Version name, e.g. Chorus idea");
        name.setId("version-name");
        name.setMaxLength(120);
        save.setId("save-version");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(e -> save());
        HorizontalLayout saving = new HorizontalLayout(name, save);
        saving.setVisible(editable);
        grid.setId("version-grid");
        grid.addColumn(VersionEntry::label).setHeader("Version").setFlexGrow(2);
        grid.addColumn(VersionEntry::authorName).setHeader("By").setFlexGrow(1);
        grid.addColumn(v -> HistoryLinks.when(v.version().createdAt())).setHeader("When").setFlexGrow(1);
        grid.addColumn(v -> v.version().summary()).setHeader("What changed").setFlexGrow(4);
        grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.setHeight("22rem");
        from.setLabel("Compare");
        to.setLabel("with");
        from.setId("compare-from");
        to.setId("compare-to");
        compare.setId("compare-versions");
        compare.addClickListener(e -> compareSelected());
        HorizontalLayout comparing = new HorizontalLayout(from, to, compare);
        comparing.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        add(saving);
        services.origins().origin(projectId).ifPresent(origin -> add(new Paragraph(origin)));
        add(grid, comparing);
        getFooter().add(new Button("Close", e -> close()));
        refresh();
    }

    private void refresh() {
        List<VersionEntry> versions = services.versions().timeline(projectId);
        grid.setItems(versions);
        from.setItems(versions);
        to.setItems(versions);
        from.setItemLabelGenerator(VersionEntry::label);
        to.setItemLabelGenerator(VersionEntry::label);
        if (versions.size() >= 2) {
            from.setValue(versions.get(1));
            to.setValue(versions.getFirst());
        }
    }

    private HorizontalLayout actions(VersionEntry entry) {
        Button open = new Button("Open", e -> go(HistoryLinks.version(projectId, entry.version().id())));
        open.setId("open-v" + entry.number());
        Button withNow = new Button("Compare with now", e -> go(HistoryLinks.compare(projectId, entry.version().seq(),
                services.content().headSeq(projectId))));
        withNow.setId("compare-now-v" + entry.number());
        Button restore = new Button("Restore", e -> restore(entry));
        restore.setId("restore-v" + entry.number());
        restore.setVisible(editable);
        Button fork = new Button("Fork", e -> go(HistoryLinks.editor(services.forks().fork(projectId,
                entry.version().id()))));
        fork.setId("fork-v" + entry.number());
        HorizontalLayout buttons = new HorizontalLayout(open, withNow, restore, fork);
        buttons.getChildren().forEach(b -> ((Button) b).addThemeVariants(ButtonVariant.LUMO_SMALL,
                ButtonVariant.LUMO_TERTIARY));
        buttons.setSpacing(false);
        return buttons;
    }

    private void save() {
        try {
            VersionEntry saved = services.versions().save(projectId, name.getValue());
            name.clear();
            Notification.show("Saved " + saved.label());
            refresh();
        } catch (InvalidInputException e) {
            name.setInvalid(true);
            name.setErrorMessage(e.getMessage());
        }
    }

    private void restore(VersionEntry entry) {
        var restored = services.restores().restore(projectId, entry.version().id());
        Notification.show("Restored " + entry.label() + " (" + restored.changedNotes()
                + " notes changed). The state before is kept as " + restored.before().label() + ".");
        refresh();
    }

    private void compareSelected() {
        if (from.getValue() != null && to.getValue() != null) {
            go(HistoryLinks.compare(projectId, from.getValue().version().seq(), to.getValue().version().seq()));
        }
    }

    private void go(String location) {
        close();
        UI.getCurrent().navigate(location);
    }
}
