package app.tutti.history.ui;

import app.tutti.base.domain.ProjectId;
import app.tutti.collab.ui.EditorToolbarItem;
import app.tutti.history.service.CreditService;
import app.tutti.history.service.CreditsFormat;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.springframework.core.annotation.Order;

/** "Credits" in the editor: who wrote the piece, people and AI apart, with exports. */
@org.springframework.stereotype.Component
@Order(31)
class CreditsToolbarItem implements EditorToolbarItem {

    private final CreditService credits;
    private final CreditsFormat format;

    CreditsToolbarItem(CreditService credits, CreditsFormat format) {
        this.credits = credits;
        this.format = format;
    }

    @Override
    public Component create(ProjectId projectId) {
        Button button = new Button("Credits", VaadinIcon.USER_STAR.create());
        button.setId("credits-button");
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.addClickListener(e -> new CreditsDialog(projectId, credits.credits(projectId), format).open());
        return button;
    }
}
