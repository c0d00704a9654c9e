package app.tutti.collab.ui;

import app.tutti.base.domain.ProjectId;
import app.tutti.composition.service.ProjectService;
import app.tutti.sharing.domain.ProjectRole;
import app.tutti.sharing.service.SharingService;
import app.tutti.sharing.ui.ShareDialog;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.springframework.core.annotation.Order;

/** "Share" in the editor's toolbar. */
@org.springframework.stereotype.Component
@Order(20)
class ShareToolbarItem implements EditorToolbarItem {

    private final SharingService sharing;
    private final ProjectService projects;

    ShareToolbarItem(SharingService sharing, ProjectService projects) {
        this.sharing = sharing;
        this.projects = projects;
    }

    @Override
    public Component create(ProjectId projectId) {
        Button share = new Button("Share", VaadinIcon.USERS.create());
        share.setId("share-button");
        share.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        share.addClickListener(e -> new ShareDialog(projectId, sharing,
                projects.get(projectId).role() == ProjectRole.OWNER).open());
        return share;
    }
}
