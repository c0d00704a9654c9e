package app.tutti.history.domain;

import org.jspecify.annotations.Nullable;

/**
 * One contributor's credit in the current version: notes they created that are still there,
 * notes still there that they changed after creation, and their share of the piece (notes written
 * / all notes). For an AI generation, {@code requestedBy} and {@code acceptedBy} name the people.
 */
public record ContributorCredit(Contributor contributor, String name, int notesWritten, int notesEdited,
        double share, @Nullable String requestedBy, @Nullable String acceptedBy) {
}
