package app.tutti.history.ui;

import app.tutti.base.domain.ProjectId;
import app.tutti.collab.ui.EditorToolbarItem;
import app.tutti.composition.service.ProjectService;
import app.tutti.sharing.domain.ProjectRole;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.springframework.core.annotation.Order;

/** "Versions" in the editor: the timeline, save, open, compare, restore and fork. */
@org.springframework.stereotype.Component
@Order(30)
class HistoryToolbarItem implements EditorToolbarItem {

    private final HistoryServices services;
    private final ProjectService projects;

    HistoryToolbarItem(HistoryServices services, ProjectService projects) {
        this.services = services;
        this.projects = projects;
    }

    @Override
    public Component create(ProjectId projectId) {
        Button versions = new Button("Versions", VaadinIcon.TIME_BACKWARD.create());
        versions.setId("versions-button");
        versions.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        versions.addClickListener(e -> new VersionHistoryDialog(projectId, services,
                projects.get(projectId).role().includes(ProjectRole.EDITOR)).open());
        return versions;
    }
}
