package app.tutti.classroom.ui;

import app.tutti.classroom.domain.Assignment;
import app.tutti.classroom.domain.AssignmentGroup;
import app.tutti.classroom.domain.ClassRole;
import app.tutti.classroom.service.GroupService;
import app.tutti.classroom.service.RosterEntry;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The groups of a group assignment, and a form to add one (the first chosen student owns the copy). */
class GroupsPanel extends VerticalLayout {

    final TextField name = new TextField();
    final MultiSelectComboBox<RosterEntry> members = new MultiSelectComboBox<>();
    final Button form = new Button("Form group");
    final UnorderedList list = new UnorderedList();
    private final Assignment assignment;
    private final GroupService groups;
    private final Map<Object, String> names;

    GroupsPanel(Assignment assignment, List<RosterEntry> roster, GroupService groups) {
        this.assignment = assignment;
        this.groups = groups;
        this.names = roster.stream().collect(Collectors.toMap(RosterEntry::userId, RosterEntry::displayName));
        setPadding(false);
        name.setId("group-name");
        name.setPlaceholder("Group name");
        members.setId("group-members");
        members.setPlaceholder("Students");
        members.setItems(roster.stream().filter(r -> r.role() == ClassRole.STUDENT).toList());
        members.setItemLabelGenerator(RosterEntry::displayName);
        form.setId("form-group");
        form.addClickListener(e -> {
            groups.formGroup(assignment.id(), name.getValue(),
                    members.getSelectedItems().stream().map(RosterEntry::userId).toList());
            name.clear();
            members.clear();
            refresh();
        });
        list.setId("groups");
        add(new H3("Groups"), list, new HorizontalLayout(FlexComponent.Alignment.BASELINE, name, members, form));
        refresh();
    }

    private void refresh() {
        list.removeAll();
        for (AssignmentGroup group : groups.groups(assignment.id())) {
            list.add(new ListItem(group.name() + ": " + group.members().stream()
                    .map(m -> names.getOrDefault(m, "?")).collect(Collectors.joining(", "))));
        }
    }
}
