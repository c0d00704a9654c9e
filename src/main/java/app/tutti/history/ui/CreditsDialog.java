package app.tutti.history.ui;

import app.tutti.base.domain.ProjectId;
import app.tutti.base.ui.DownloadLink;
import app.tutti.history.domain.ContributorCredit;
import app.tutti.history.domain.Credits;
import app.tutti.history.service.CreditsFormat;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Who wrote the current version: people, then AI generations apart, the definition of share, and exports. */
class CreditsDialog extends Dialog {

    final Grid<ContributorCredit> people = new Grid<>();
    final Grid<ContributorCredit> ai = new Grid<>();

    CreditsDialog(ProjectId projectId, Credits credits, CreditsFormat format) {
        setId("credits-dialog");
        setHeaderTitle("Credits · " + credits.projectTitle());
        setWidth("min(56rem, 100vw)");
        people.setId("credits-people");
        people.addColumn(ContributorCredit::name).setHeader("Person").setFlexGrow(3);
        people.addColumn(ContributorCredit::notesWritten).setHeader("Notes written").setFlexGrow(1);
        people.addColumn(ContributorCredit::notesEdited).setHeader("Notes edited").setFlexGrow(1);
        people.addColumn(c -> percent(c.share())).setHeader("Share").setFlexGrow(1);
        people.setItems(credits.people());
        people.setAllRowsVisible(true);
        ai.setId("credits-ai");
        ai.addColumn(ContributorCredit::name).setHeader("AI generation").setFlexGrow(3);
        ai.addColumn(c -> c.requestedBy() == null ? "—" : c.requestedBy()).setHeader("Requested by").setFlexGrow(1);
        ai.addColumn(c -> c.acceptedBy() == null ? "—" : c.acceptedBy()).setHeader("Accepted by").setFlexGrow(1);
        ai.addColumn(ContributorCredit::notesWritten).setHeader("Notes written").setFlexGrow(1);
        ai.addColumn(c -> percent(c.share())).setHeader("Share").setFlexGrow(1);
        ai.setItems(credits.ai());
        ai.setAllRowsVisible(true);
        Span total = new Span(credits.totalNotes() + " notes in the current version.");
        Span aiTotal = new Span("AI share: " + percent(credits.aiShare()) + " (never counted for a person).");
        aiTotal.setId("credits-ai-share");
        Paragraph definition = new Paragraph(Credits.SHARE_DEFINITION);
        definition.setId("credits-definition");
        definition.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        add(total, new H4("People"), people, new H4("AI"), credits.ai().isEmpty() ? new Span("No AI notes.") : ai,
                aiTotal, definition);
        getFooter().add(new HorizontalLayout(
                download("credits-json", "JSON", "credits.json", "application/json", format.json(credits)),
                download("credits-csv", "CSV", "credits.csv", "text/csv", format.csv(credits)),
                authorsLink(projectId), new Button("Close", e -> close())));
    }

    private static Anchor download(String id, String label, String fileName, String type, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        return DownloadLink.create(id, VaadinIcon.DOWNLOAD, "Export " + label,
                () -> new DownloadLink.File(fileName, type, bytes));
    }

    private Button authorsLink(ProjectId projectId) {
        Button authors = new Button("Colour the roll by author", VaadinIcon.PALETTE.create(), e -> {
            close();
            UI.getCurrent().navigate(HistoryLinks.authors(projectId));
        });
        authors.setId("show-authors");
        authors.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return authors;
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f %%", share * 100);
    }
}
