package app.tutti.ai.ui;

import app.tutti.ai.domain.AiPolicy;
import app.tutti.base.domain.ProjectId;
import app.tutti.collab.ui.EditorToolbarItem;
import app.tutti.collab.ui.PianoRoll;
import app.tutti.composition.domain.ProjectSummary;
import app.tutti.sharing.domain.ProjectRole;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.html.Span;
import org.springframework.core.annotation.Order;

/**
 * "Continue…" in the editor (Ctrl+Shift+G): opens the {@link ContinueDialog} at the selection or
 * the playhead. Disabled, with the reason, for viewers and where the project's AI policy switches
 * the AI off.
 */
@org.springframework.stereotype.Component
@Order(20)
class ContinueItem implements EditorToolbarItem {

    private final AiServices services;

    ContinueItem(AiServices services) {
        this.services = services;
    }

    @Override
    public Component create(ProjectId projectId) {
        return new Span();
    }

    @Override
    public Component create(ProjectId projectId, PianoRoll roll) {
        Button button = new Button("Continue…", VaadinIcon.MAGIC.create());
        button.setId("ai-continue");
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        ProjectSummary summary = services.projects().get(projectId);
        AiPolicy policy = services.policies().of(projectId);
        if (!summary.role().includes(ProjectRole.EDITOR)) {
            button.setEnabled(false);
            button.setTooltipText("Only editors can ask the AI to continue the music.");
        } else if (!policy.allowsAi()) {
            button.setEnabled(false);
            button.setTooltipText("The AI is switched off for this project.");
        } else {
            button.setTooltipText("Let the AI continue the music (Ctrl+Shift+G)");
            button.addClickShortcut(Key.KEY_G, KeyModifier.CONTROL, KeyModifier.SHIFT);
            ProposalPanel panel = new ProposalPanel(services, roll);
            button.addClickListener(e -> roll.readPosition(position -> new ContinueDialog(services, projectId,
                    summary, position, panel::follow).open()));
        }
        return button;
    }
}
