package app.tutti.sharing.ui;

import app.tutti.base.domain.InvalidInputException;
import app.tutti.base.domain.ProjectId;
import app.tutti.sharing.domain.ProjectRole;
import app.tutti.sharing.service.MemberView;
import app.tutti.sharing.service.SharingService;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Who is in the project and with what role. The owner adds, changes and removes people here,
 * hands ownership over, and manages invite links and the public link.
 */
public class ShareDialog extends Dialog {

    private static final List<ProjectRole> GRANTABLE = List.of(ProjectRole.EDITOR, ProjectRole.VIEWER);

    final Grid<MemberView> grid = new Grid<>();
    final TextField username = new TextField();
    final Select<ProjectRole> role = new Select<>();
    final Button add = new Button("Add");

    private final ProjectId projectId;
    private final SharingService sharing;
    private final boolean owner;
    @Nullable InviteLinksPanel inviteLinks;
    @Nullable PublicLinkPanel publicLink;

    ShareDialog(ProjectId projectId, SharingService sharing, boolean owner) {
        this.projectId = projectId;
        this.sharing = sharing;
        this.owner = owner;
        setHeaderTitle("Share project");
        setId("share-dialog");
        setWidth("min(48rem, 100vw)");
        grid.addColumn(MemberView::displayName).setHeader("Name").setFlexGrow(2);
        grid.addColumn(MemberView::username).setHeader("Username").setFlexGrow(2);
        grid.addComponentColumn(this::roleCell).setHeader("Role").setFlexGrow(2);
        grid.addComponentColumn(this::removeCell).setWidth("12rem").setFlexGrow(0);
        grid.setAllRowsVisible(true);
        username.setPlaceholder("Username");
        username.setId("share-username");
        role.setItems(GRANTABLE);
        role.setItemLabelGenerator(ProjectRole::label);
        role.setValue(ProjectRole.EDITOR);
        add.setId("share-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickShortcut(Key.ENTER);
        add.addClickListener(e -> addMember());
        HorizontalLayout adding = new HorizontalLayout(username, role, add);
        adding.setVisible(owner);
        add(adding, grid);
        if (!owner) {
            add(new Span("Only the owner can add or remove people."));
        }
        getFooter().add(new Button("Close", e -> close()));
        refresh();
    }

    void refresh() {
        grid.setItems(sharing.members(projectId));
    }

    void addMember() {
        username.setInvalid(false);
        try {
            sharing.add(projectId, username.getValue(), role.getValue());
            username.clear();
            refresh();
        } catch (InvalidInputException e) {
            username.setErrorMessage(e.getMessage());
            username.setInvalid(true);
        }
    }

    private com.vaadin.flow.component.Component roleCell(MemberView member) {
        if (!owner || member.role() == ProjectRole.OWNER) {
            return new Span(member.role().label());
        }
        Select<ProjectRole> select = new Select<>();
        select.setItems(GRANTABLE);
        select.setItemLabelGenerator(ProjectRole::label);
        select.setValue(member.role());
        select.addValueChangeListener(e -> {
            sharing.changeRole(projectId, member.userId(), e.getValue());
            refresh();
        });
        return select;
    }

    void addOwnerSections(InviteLinksPanel invites, PublicLinkPanel publicLink) {
        inviteLinks = invites;
        this.publicLink = publicLink;
        add(invites, publicLink);
    }

    /** Asks for confirmation, then hands the project over; the page reloads with the new roles. */
    void transferTo(MemberView member) {
        new TransferOwnershipDialog(member.displayName(), () -> {
            sharing.transferOwnership(projectId, member.userId());
            close();
            Notification.show(member.displayName() + " now owns this project; you are an editor.");
            UI.getCurrent().refreshCurrentRoute(false);
        }).open();
    }

    private com.vaadin.flow.component.Component removeCell(MemberView member) {
        Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
            sharing.remove(projectId, member.userId());
            refresh();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel("Remove " + member.displayName());
        remove.setVisible(owner && member.role() != ProjectRole.OWNER);
        Button makeOwner = new Button("Make owner", e -> transferTo(member));
        makeOwner.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        makeOwner.setVisible(remove.isVisible());
        makeOwner.setId("make-owner-" + member.username());
        return new HorizontalLayout(makeOwner, remove);
    }
}
