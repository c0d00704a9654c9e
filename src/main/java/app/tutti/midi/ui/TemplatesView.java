package app.tutti.midi.ui;

import app.tutti.midi.domain.Template;
import app.tutti.midi.service.TemplateService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** "New from template": starting points from the corpus, each with its credit line. */
@Route("templates")
@PageTitle("New from template · Tutti")
@Menu(order = 2, icon = "vaadin:file-sound", title = "New from template")
@PermitAll
public class TemplatesView extends VerticalLayout {

    private final TemplateService templates;

    TemplatesView(TemplateService templates) {
        this.templates = templates;
        addClassName("tutti-page");
        add(new H2("Start from a template"));
        var available = templates.templates();
        if (available.isEmpty()) {
            add(new Paragraph("No templates are available: the music corpus was not found at "
                    + templates.corpusLocation() + ". Set TUTTI_MUSIC_DATA to its folder."));
            return;
        }
        Div cards = new Div();
        cards.addClassName("tutti-template-grid");
        available.forEach(template -> cards.add(card(template)));
        add(cards);
    }

    private Div card(Template template) {
        Button use = new Button("Use this", e -> start(template));
        use.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        use.setId("use-" + template.id());
        Paragraph credit = new Paragraph(template.credit());
        credit.addClassName("tutti-credit");
        Div card = new Div(new H3(template.title()), new Paragraph(template.description()), credit, use);
        card.addClassName("tutti-template-card");
        return card;
    }

    void start(Template template) {
        var projectId = templates.startFrom(template.id());
        getUI().ifPresent(ui -> ui.navigate("projects/" + projectId));
    }
}
