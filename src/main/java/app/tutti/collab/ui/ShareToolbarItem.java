package app.tutti.collab.ui;

import app.tutti.base.domain.ProjectId;
import app.tutti.composition.service.ProjectService;
import app.tutti.sharing.domain.ProjectRole;
import app.tutti.sharing.ui.ShareDialogs;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.springframework.core.annotation.Order;

/** "Share" in the editor's toolbar. */
@org.springframework.stereotype.Component
@Order(20)
class ShareToolbarItem implements EditorToolbarItem {

    private final ShareDialogs shareDialogs;
    private final ProjectService projects;

    ShareToolbarItem(ShareDialogs shareDialogs, ProjectService projects) {
        this.shareDialogs = shareDialogs;
        this.projects = projects;
    }

    @Override
    public Component create(ProjectId projectId) {
        Button share = new Button("Share", VaadinIcon.USERS.create());
        share.setId("share-button");
        share.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        share.addClickListener(e -> shareDialogs.create(projectId,
                projects.get(projectId).role() == ProjectRole.OWNER).open());
        return share;
    }
}
