package app.tutti.history.service;

import app.tutti.base.domain.UserId;
import app.tutti.history.domain.ChangeTally;
import app.tutti.history.domain.Contributor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Puts a {@link ChangeTally} into words: "Ana added 24 notes in bars 9–12; AI (…) accepted by Ben added 8 notes…". */
@Component
class SummaryWriter {

    static final String NOTHING = "No changes";

    String write(ChangeTally tally, ContributorNames.Lookup names) {
        List<String> sentences = new ArrayList<>();
        for (Map.Entry<Contributor, ChangeTally.Part> entry : tally.parts().entrySet()) {
            List<String> actions = actions(entry.getValue());
            if (!actions.isEmpty()) {
                sentences.add(who(entry.getKey(), entry.getValue(), names) + " " + String.join(", ", actions));
            }
        }
        return sentences.isEmpty() ? NOTHING : String.join("; ", sentences);
    }

    private static String who(Contributor contributor, ChangeTally.Part part, ContributorNames.Lookup names) {
        if (!contributor.isAi()) {
            return names.nameOf(contributor);
        }
        String acceptor = names.acceptedBy(contributor.id())
                .or(() -> java.util.Optional.ofNullable(part.submittedBy()).map(UserId::new))
                .map(names::userName).orElse(ContributorNames.UNKNOWN);
        return names.modelName(contributor.id()) + " continuation accepted by " + acceptor;
    }

    private static List<String> actions(ChangeTally.Part part) {
        List<String> actions = new ArrayList<>();
        if (part.added() > 0) {
            actions.add("added " + notes(part.added()) + " in " + bars(part.firstBar(), part.lastBar()));
        }
        if (part.changed() > 0) {
            actions.add("changed " + notes(part.changed()));
        }
        if (part.deleted() > 0) {
            actions.add("deleted " + notes(part.deleted()));
        }
        return actions;
    }

    static String notes(int count) {
        return count + (count == 1 ? " note" : " notes");
    }

    static String bars(long first, long last) {
        return first == last ? "bar " + first : "bars " + first + "–" + last;
    }
}
