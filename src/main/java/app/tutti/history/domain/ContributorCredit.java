package app.tutti.history.domain;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One contributor's credit in the current version: notes they created that are still there,
 * notes still there that they changed after creation, and their share of the piece (notes written
 * / all notes). For an AI generation, {@code requestedBy} and {@code acceptedBy} name the people.
 */
public record ContributorCredit(Contributor contributor, String name, int notesWritten, int notesEdited,
        double share, @Nullable String requestedBy, @Nullable String acceptedBy, List<String> closestTrainingExcerpts) {

    public ContributorCredit {
        closestTrainingExcerpts = List.copyOf(closestTrainingExcerpts);
    }

    /** A person's credit (no AI fields). */
    public static ContributorCredit person(Contributor contributor, String name, int notesWritten, int notesEdited,
            double share) {
        return new ContributorCredit(contributor, name, notesWritten, notesEdited, share, null, null, List.of());
    }
}
