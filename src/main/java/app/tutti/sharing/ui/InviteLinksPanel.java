package app.tutti.sharing.ui;

import app.tutti.base.domain.ProjectId;
import app.tutti.sharing.domain.InviteExpiry;
import app.tutti.sharing.domain.InviteLink;
import app.tutti.sharing.domain.ProjectRole;
import app.tutti.sharing.service.CreatedInvite;
import app.tutti.sharing.service.InviteService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The owner's invite links: make one with a role and an expiry, see the ones that work, revoke them. */
class InviteLinksPanel extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    final Select<ProjectRole> role = new Select<>();
    final Select<InviteExpiry> expiry = new Select<>();
    final Button create = new Button("Create link");
    final TextField created = new TextField();
    final Grid<InviteLink> grid = new Grid<>();

    private final ProjectId projectId;
    private final InviteService invites;
    private final Clock clock;

    InviteLinksPanel(ProjectId projectId, InviteService invites, Clock clock) {
        this.projectId = projectId;
        this.invites = invites;
        this.clock = clock;
        setPadding(false);
        setSpacing(false);
        role.setLabel("Joins as");
        role.setItems(List.of(ProjectRole.EDITOR, ProjectRole.VIEWER));
        role.setItemLabelGenerator(ProjectRole::label);
        role.setValue(ProjectRole.VIEWER);
        role.setId("invite-role");
        expiry.setLabel("Expires after");
        expiry.setItems(InviteExpiry.values());
        expiry.setItemLabelGenerator(InviteExpiry::label);
        expiry.setValue(InviteExpiry.SEVEN_DAYS);
        expiry.setId("invite-expiry");
        create.setId("invite-create");
        create.addClickListener(e -> createLink());
        created.setId("invite-link");
        created.setReadOnly(true);
        created.setWidthFull();
        created.setHelperText("Copy it now: for safety it is shown only once.");
        created.setVisible(false);
        grid.setId("invite-links");
        grid.addColumn(link -> link.role().label()).setHeader("Joins as");
        grid.addColumn(link -> WHEN.format(link.createdAt())).setHeader("Created").setFlexGrow(2);
        grid.addColumn(this::expiryText).setHeader("Expires").setFlexGrow(2);
        grid.addComponentColumn(this::revokeButton).setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        HorizontalLayout form = new HorizontalLayout(role, expiry, create);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H4("Invite links"), form, created, grid);
        refresh();
    }

    void refresh() {
        List<InviteLink> links = invites.list(projectId);
        grid.setItems(links);
        grid.setVisible(!links.isEmpty());
    }

    void createLink() {
        CreatedInvite invite = invites.create(projectId, role.getValue(), expiry.getValue());
        created.setLabel("New " + invite.link().role().label().toLowerCase() + " link");
        created.setValue(LinkAddress.of(invite.path()));
        created.setVisible(true);
        refresh();
    }

    private String expiryText(InviteLink link) {
        if (link.expiresAt() == null) {
            return "Never";
        }
        return (link.expiredAt(clock.instant()) ? "Expired " : "") + WHEN.format(link.expiresAt());
    }

    private Component revokeButton(InviteLink link) {
        Button revoke = new Button("Revoke", e -> {
            invites.revoke(projectId, link.id());
            refresh();
        });
        revoke.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        return revoke;
    }
}
