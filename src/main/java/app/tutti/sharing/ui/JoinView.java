package app.tutti.sharing.ui;

import app.tutti.base.domain.InvalidInputException;
import app.tutti.base.domain.NotFoundException;
import app.tutti.base.domain.ProjectId;
import app.tutti.sharing.service.InviteService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * Where an invite link leads. A signed-in user joins the project and lands in its editor; someone
 * not signed in is sent to the login first and comes back here after it (Spring Security's saved
 * request). A link that cannot be used says why.
 */
@Route("join/:token")
@PageTitle("Join a project · Tutti")
@PermitAll
public class JoinView extends VerticalLayout implements BeforeEnterObserver {

    final Paragraph message = new Paragraph();
    private final InviteService invites;

    JoinView(InviteService invites) {
        this.invites = invites;
        setId("join-view");
        addClassName("tutti-page");
        message.setId("join-message");
        add(new H2("This invite link cannot be used"), message, new Anchor("", "Back to my projects"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        try {
            ProjectId project = invites.accept(token);
            event.forwardTo("projects/" + project);
        } catch (NotFoundException | InvalidInputException e) {
            message.setText(e.getMessage());
        }
    }
}
