package app.tutti.classroom.ui;

import app.tutti.classroom.domain.ClassRole;
import app.tutti.classroom.service.RosterEntry;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.util.function.Consumer;

/** The class's members; teachers get a "Remove" button beside each student. */
class RosterGrid extends Grid<RosterEntry> {

    RosterGrid(boolean teaching, Consumer<RosterEntry> remove) {
        setId("roster");
        addColumn(RosterEntry::displayName).setHeader("Name").setFlexGrow(2);
        addColumn(RosterEntry::username).setHeader("Username").setFlexGrow(2);
        addColumn(r -> r.role().label()).setHeader("Role").setAutoWidth(true);
        if (teaching) {
            addComponentColumn(r -> removeButton(r, remove)).setAutoWidth(true).setFlexGrow(0);
        }
        setAllRowsVisible(true);
    }

    private static Component removeButton(RosterEntry entry, Consumer<RosterEntry> remove) {
        if (entry.role() != ClassRole.STUDENT) {
            return new Span();
        }
        Button button = new Button("Remove", e -> remove.accept(entry));
        button.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY_INLINE);
        button.setAriaLabel("Remove " + entry.displayName());
        return button;
    }
}
