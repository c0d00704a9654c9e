package app.tutti.sharing.ui;

import app.tutti.base.domain.ProjectId;
import app.tutti.sharing.service.PublicLinkService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The owner switches the project's public read-only link on and off. Switching it on (or asking
 * for a new one) shows the link once; an older link stops working.
 */
class PublicLinkPanel extends VerticalLayout {

    final Checkbox enabled = new Checkbox("Anyone with the link can listen (read-only, no sign-in)");
    final TextField link = new TextField();
    final Button renew = new Button("New link");

    private final ProjectId projectId;
    private final PublicLinkService publicLinks;

    PublicLinkPanel(ProjectId projectId, PublicLinkService publicLinks) {
        this.projectId = projectId;
        this.publicLinks = publicLinks;
        setPadding(false);
        setSpacing(false);
        enabled.setId("public-link-enabled");
        link.setId("public-link");
        link.setReadOnly(true);
        link.setWidthFull();
        link.setVisible(false);
        renew.setId("public-link-renew");
        renew.setTooltipText("Makes a new link; the old one stops working");
        enabled.setValue(publicLinks.enabledSince(projectId).isPresent());
        renew.setVisible(enabled.getValue());
        enabled.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                switchTo(e.getValue());
            }
        });
        renew.addClickListener(e -> showNewLink());
        add(new H4("Public link"), enabled, link, renew);
    }

    void switchTo(boolean on) {
        if (on) {
            showNewLink();
        } else {
            publicLinks.disable(projectId);
            link.setVisible(false);
            renew.setVisible(false);
        }
    }

    private void showNewLink() {
        link.setValue(LinkAddress.of(publicLinks.enable(projectId)));
        link.setHelperText("Copy it now: for safety it is shown only once. \"New link\" makes another.");
        link.setVisible(true);
        renew.setVisible(true);
    }
}
