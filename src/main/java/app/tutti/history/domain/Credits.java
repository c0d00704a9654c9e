package app.tutti.history.domain;

import java.util.List;

/**
 * Who wrote a project's current notes. People and AI generations are listed separately and an
 * AI's notes are never counted for the person who accepted them. Notes whose author is unknown
 * (written before authorship was recorded) count towards {@code totalNotes} only.
 */
public record Credits(String projectTitle, long atSeq, int totalNotes, List<ContributorCredit> people,
        List<ContributorCredit> ai, double aiShare) {

    public static final String SHARE_DEFINITION = "Share = notes in the current version that the contributor "
            + "wrote (created), divided by all notes in the current version. Editing someone else's note does "
            + "not move its credit; notes written by an AI generation count for the AI, not for the person who "
            + "accepted them.";

    public Credits {
        people = List.copyOf(people);
        ai = List.copyOf(ai);
    }
}
