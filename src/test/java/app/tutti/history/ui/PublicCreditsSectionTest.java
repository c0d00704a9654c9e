package app.tutti.history.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.tutti.base.domain.UserId;
import app.tutti.history.domain.Contributor;
import app.tutti.history.domain.ContributorCredit;
import app.tutti.history.domain.Credits;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PublicCreditsSectionTest {

    @Test
    void people_come_first_with_their_share_and_the_ai_apart_with_who_asked_and_who_accepted() {
        UUID generation = UUID.randomUUID();
        Credits credits = new Credits("Song", 12, 9,
                List.of(person("Ana", 6), person("Ben", 1)),
                List.of(new ContributorCredit(Contributor.generation(generation), "AI (model v1)", 2, 0, 2.0 / 9,
                        "Ana", "Ben", List.of())),
                2.0 / 9);

        assertThat(PublicCreditsSection.describe(credits))
                .isEqualTo("Written by Ana (67 %), Ben (11 %); AI (model v1) 22 %, requested by Ana, accepted by Ben.");
    }

    @Test
    void an_empty_piece_says_so() {
        assertThat(PublicCreditsSection.describe(new Credits("Song", 0, 0, List.of(), List.of(), 0)))
                .isEqualTo("No notes yet.");
    }

    private static ContributorCredit person(String name, int notes) {
        return ContributorCredit.person(Contributor.user(new UserId(UUID.randomUUID())), name, notes, 0, notes / 9.0);
    }
}
