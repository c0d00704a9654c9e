package app.tutti.history.ui;

import app.tutti.collab.ui.ListenPageSection;
import app.tutti.history.domain.ContributorCredit;
import app.tutti.history.domain.Credits;
import app.tutti.history.service.CreditService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;

/**
 * The credits line on the public read-only page: who wrote the piece and how much of it, the AI's
 * share apart ("Written by Ana (67 %), Ben (11 %); AI (…) 22 %, requested by Ana, accepted by Ben").
 */
@org.springframework.stereotype.Component
@Order(10)
class PublicCreditsSection implements ListenPageSection {

    private final CreditService credits;

    PublicCreditsSection(CreditService credits) {
        this.credits = credits;
    }

    @Override
    public Component create(String publicToken) {
        Paragraph line = new Paragraph(describe(credits.creditsByPublicLink(publicToken)));
        line.setId("public-credits");
        line.getStyle().set("margin", "0 var(--lumo-space-m)").set("color", "var(--lumo-secondary-text-color)");
        return line;
    }

    static String describe(Credits credits) {
        if (credits.totalNotes() == 0) {
            return "No notes yet.";
        }
        String people = credits.people().stream().filter(c -> c.notesWritten() > 0)
                .map(c -> c.name() + " (" + percent(c) + ")").collect(Collectors.joining(", "));
        String ai = credits.ai().stream().filter(c -> c.notesWritten() > 0)
                .map(c -> c.name() + " " + percent(c) + (c.requestedBy() == null ? "" : ", requested by "
                        + c.requestedBy()) + (c.acceptedBy() == null ? "" : ", accepted by " + c.acceptedBy()))
                .collect(Collectors.joining("; "));
        return "Written by " + (people.isEmpty() ? "nobody yet" : people) + (ai.isEmpty() ? "" : "; " + ai) + ".";
    }

    private static String percent(ContributorCredit credit) {
        return String.format(Locale.ROOT, "%.0f %%", 100 * credit.share());
    }
}
