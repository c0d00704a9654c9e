package app.tutti.history.ui;

import app.tutti.base.domain.ProjectId;
import app.tutti.collab.ui.EditorToolbarItem;
import app.tutti.composition.service.ProjectService;
import app.tutti.history.service.CommentService;
import app.tutti.sharing.domain.ProjectRole;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.springframework.core.annotation.Order;

/** "Comments" in the editor: opens the comment threads beside the roll. */
@org.springframework.stereotype.Component
@Order(32)
class CommentsToolbarItem implements EditorToolbarItem {

    private final CommentService comments;
    private final ProjectService projects;

    CommentsToolbarItem(CommentService comments, ProjectService projects) {
        this.comments = comments;
        this.projects = projects;
    }

    @Override
    public Component create(ProjectId projectId) {
        Button button = new Button("Comments", VaadinIcon.COMMENTS_O.create());
        button.setId("comments-button");
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.addClickListener(e -> new CommentsPanel(projectId, comments,
                projects.get(projectId).role().includes(ProjectRole.EDITOR)).open());
        return button;
    }
}
