package app.tutti.history.service;

import app.tutti.base.domain.ProjectId;
import app.tutti.base.domain.UserId;
import app.tutti.composition.domain.Project;
import app.tutti.history.domain.Contributor;
import app.tutti.history.domain.ContributorCredit;
import app.tutti.history.domain.Credits;
import app.tutti.history.domain.HistoryOpRepository;
import app.tutti.history.domain.NoteAuthorship;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The credits of a project's current version (see {@link Credits#SHARE_DEFINITION}); viewers may read them. */
@Service
public class CreditService {

    private final AuthorshipReplay replay;
    private final HistoryOpRepository ops;
    private final HistoryAccess access;
    private final ContributorNames names;

    CreditService(AuthorshipReplay replay, HistoryOpRepository ops, HistoryAccess access, ContributorNames names) {
        this.replay = replay;
        this.ops = ops;
        this.access = access;
        this.names = names;
    }

    @Transactional
    public Credits credits(ProjectId projectId) {
        return creditsOf(access.readable(projectId));
    }

    /** The credits of the project behind a public read-only link, for anyone who has the link. */
    @Transactional
    public Credits creditsByPublicLink(String token) {
        return creditsOf(access.byPublicLink(token));
    }

    private Credits creditsOf(Project project) {
        ProjectId projectId = project.id();
        Map<UUID, UserId> submitters = ops.findGenerationSubmitters(projectId);
        var notes = replay.at(projectId, project.headSeq()).notes();
        Map<Contributor, int[]> counts = new HashMap<>();
        submitters.keySet().forEach(generation -> counts.put(Contributor.generation(generation), new int[2]));
        for (NoteAuthorship note : notes) {
            if (note.createdBy() != null) {
                counts.computeIfAbsent(note.createdBy(), c -> new int[2])[0]++;
            }
            note.editors().forEach(editor -> counts.computeIfAbsent(editor, c -> new int[2])[1]++);
        }
        var lookup = names.lookup(submitters);
        List<ContributorCredit> people = new ArrayList<>();
        List<ContributorCredit> ai = new ArrayList<>();
        counts.forEach((contributor, count) -> {
            double share = notes.isEmpty() ? 0 : (double) count[0] / notes.size();
            if (contributor.isAi()) {
                ai.add(new ContributorCredit(contributor, lookup.modelName(contributor.id()), count[0], count[1],
                        share, lookup.requestedBy(contributor.id()).map(lookup::userName).orElse(null),
                        lookup.acceptedBy(contributor.id()).map(lookup::userName).orElse(null),
                        lookup.closestTrainingExcerpts(contributor.id())));
            } else {
                people.add(ContributorCredit.person(contributor, lookup.nameOf(contributor), count[0], count[1],
                        share));
            }
        });
        Comparator<ContributorCredit> order = Comparator.comparingInt(ContributorCredit::notesWritten).reversed()
                .thenComparing(ContributorCredit::name);
        people.sort(order);
        ai.sort(order);
        return new Credits(project.title(), project.headSeq(), notes.size(), people, ai,
                ai.stream().mapToDouble(ContributorCredit::share).sum());
    }

    /** Names for a file's credits, people first: "Ana", "Ben", "AI (tutti-remi 1)". */
    public static Set<String> creatorNames(Credits credits) {
        Set<String> names = new LinkedHashSet<>();
        credits.people().stream().filter(c -> c.notesWritten() > 0).forEach(c -> names.add(c.name()));
        credits.ai().stream().filter(c -> c.notesWritten() > 0).forEach(c -> names.add(c.name()));
        return names;
    }
}
