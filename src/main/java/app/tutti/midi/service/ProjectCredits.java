package app.tutti.midi.service;

import app.tutti.base.domain.ProjectId;
import app.tutti.history.domain.Credits;
import app.tutti.history.service.CreditService;
import app.tutti.history.service.CreditsFormat;
import app.tutti.midi.domain.SongCredits;
import java.util.List;
import org.springframework.stereotype.Component;

/** A project's credits as exported files carry them: "Written by …" plus one line per contributor. */
@Component
class ProjectCredits {

    private final CreditService credits;
    private final CreditsFormat format;

    ProjectCredits(CreditService credits, CreditsFormat format) {
        this.credits = credits;
        this.format = format;
    }

    SongCredits of(ProjectId projectId) {
        Credits current = credits.credits(projectId);
        String authors = format.authors(current);
        return new SongCredits(authors.isEmpty() ? "" : "Written by " + authors, format.lines(current));
    }

    /** Everyone who wrote surviving notes, people first, then AI generations. */
    List<String> creators(ProjectId projectId) {
        return List.copyOf(CreditService.creatorNames(credits.credits(projectId)));
    }
}
