package app.tutti.classroom.service;

import app.tutti.account.service.AccountService;
import app.tutti.ai.service.GenerationCounts;
import app.tutti.base.domain.UserId;
import app.tutti.classroom.domain.Assignment;
import app.tutti.classroom.domain.AssignmentGroup;
import app.tutti.classroom.domain.AssignmentRepository;
import app.tutti.classroom.domain.Work;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Builds the dashboard's line for each copy from its credits and AI use. */
@Component
class DashboardRows {

    private final AssignmentRepository assignments;
    private final WorkMembers workMembers;
    private final WorkCredits credits;
    private final GenerationCounts generations;
    private final AccountService accounts;

    DashboardRows(AssignmentRepository assignments, WorkMembers workMembers, WorkCredits credits,
            GenerationCounts generations, AccountService accounts) {
        this.assignments = assignments;
        this.workMembers = workMembers;
        this.credits = credits;
        this.generations = generations;
        this.accounts = accounts;
    }

    List<DashboardRow> rowsFor(Assignment assignment, List<Work> works) {
        Map<Object, String> groupNames = assignments.findGroupsByAssignmentId(assignment.id()).stream()
                .collect(Collectors.toMap(AssignmentGroup::id, AssignmentGroup::name));
        Function<Work, String> who = work -> work.group() != null ? groupNames.getOrDefault(work.group(), "Group")
                : name(work.student());
        return works.stream().map(work -> row(assignment, work, who.apply(work))).toList();
    }

    private DashboardRow row(Assignment assignment, Work work, String who) {
        WorkContributions c = credits.contributions(work.projectId(), work.baseSeq());
        List<UserId> members = workMembers.of(work);
        List<MemberShare> shares = members.stream()
                .map(m -> new MemberShare(name(m), c.notesBy(m), c.percentBy(m))).toList();
        int people = members.stream().mapToInt(c::notesBy).sum();
        Map<UserId, Integer> asked = generations.requestedPerUser(work.projectId());
        int aiGenerations = members.stream().mapToInt(m -> asked.getOrDefault(m, 0)).sum();
        return new DashboardRow(work.id(), work.projectId(), who, work.status(c.edits() > 0),
                work.late(assignment.dueAt()), c.lastActivity(), people, shares, aiGenerations, c.aiNotes(),
                c.aiPercent(), work.grade());
    }

    private String name(UserId user) {
        return user == null ? "?" : accounts.displayNameOf(user).orElse("(deleted user)");
    }
}
