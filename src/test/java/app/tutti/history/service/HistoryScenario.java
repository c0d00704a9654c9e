package app.tutti.history.service;

import app.tutti.ai.domain.Generation;
import app.tutti.ai.service.ContinuationRequest;
import app.tutti.ai.service.ContinuationService;
import app.tutti.ai.service.GenerationDecisionService;
import app.tutti.base.domain.ProjectId;
import app.tutti.base.domain.UserId;
import app.tutti.base.security.AppUser;
import app.tutti.collab.service.EditSessionService;
import app.tutti.composition.domain.EditOp;
import app.tutti.composition.domain.Note;
import app.tutti.composition.domain.ProjectDetails;
import app.tutti.composition.service.ProjectService;
import app.tutti.sharing.domain.ProjectRole;
import app.tutti.sharing.service.SharingService;
import app.tutti.testsupport.TestUsers;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * A project "Song" owned by Ana with Ben as editor, for history tests. Edits go through the real
 * {@link EditSessionService}; AI notes are real generations of the shipped model, requested and
 * accepted through the AI feature's services.
 */
@Component
public class HistoryScenario {

    private final TestUsers users;
    private final ProjectService projects;
    private final SharingService sharing;
    private final EditSessionService edits;
    private final ContinuationService continuations;
    private final GenerationDecisionService decisions;
    private final JdbcClient jdbc;

    HistoryScenario(TestUsers users, ProjectService projects, SharingService sharing, EditSessionService edits,
            ContinuationService continuations, GenerationDecisionService decisions, JdbcClient jdbc) {
        this.users = users;
        this.projects = projects;
        this.sharing = sharing;
        this.edits = edits;
        this.continuations = continuations;
        this.decisions = decisions;
        this.jdbc = jdbc;
    }

    public record Song(ProjectId project, UUID track, String ana, UserId anaId, String ben, UserId benId) {
    }

    public Song start() {
        String ana = users.register("ana");
        String ben = users.register("ben");
        UserId benId = idOf(users.logIn(ben));
        UserId anaId = idOf(users.logIn(ana));
        ProjectId project = projects.create(ProjectDetails.untitled().withTitle("Song"));
        sharing.add(project, ben, ProjectRole.EDITOR);
        return new Song(project, projects.tracksOf(project).getFirst().id(), ana, anaId, ben, benId);
    }

    /** Adds a member with {@code role} and returns their username (still signed in as before). */
    public String member(ProjectId project, String prefix, ProjectRole role) {
        String username = users.register(prefix);
        sharing.add(project, username, role);
        return username;
    }

    public String stranger() {
        return users.register("stranger");
    }

    private static UserId idOf(Authentication authentication) {
        return ((AppUser) authentication.getPrincipal()).userId();
    }

    public void as(String username) {
        users.logIn(username);
    }

    public long submit(ProjectId project, EditOp op) {
        return edits.submit(project, UUID.randomUUID(), 0, op);
    }

    public long add(ProjectId project, Note... notes) {
        return submit(project, new EditOp.AddNotes(List.of(notes)));
    }

    /**
     * {@code requester} asks the shipped model to continue the project with bar 4 (after bars 1–3), and
     * {@code acceptor} accepts the first {@code count} proposed notes; returns them as accepted.
     */
    public AiNotes acceptAi(ProjectId project, UUID track, String requester, String acceptor, int count) {
        as(requester);
        for (long seed = 1; seed <= 20; seed++) {
            Generation generation = continuations.request(ContinuationRequest.continueAfter(project, track, 0, 3, 1)
                    .withSeed(seed)).result().join();
            if (generation.proposedNotes().size() >= count) {
                List<Note> kept = generation.proposedNotes().subList(0, count);
                as(acceptor);
                long seq = decisions.acceptSome(generation.id(), kept.stream().map(Note::id).toList());
                return new AiNotes(generation.id().value(), kept, seq);
            }
            decisions.reject(generation.id());
        }
        throw new IllegalStateException("The model proposed fewer than " + count + " notes for 20 seeds");
    }

    /**
     * The signed-in user adds {@code notes} and the op is marked as written by a generation no
     * record exists for (as after a generation record was lost): what history must still credit.
     */
    public long addAsUnknownGeneration(ProjectId project, UUID generationId, Note... notes) {
        long seq = add(project, notes);
        jdbc.sql("UPDATE op_log SET author_generation_id = :g WHERE project_id = :p AND seq = :seq")
                .param("g", generationId).param("p", project.value()).param("seq", seq).update();
        return seq;
    }

    /** Notes of an accepted generation, and the op that added them. */
    public record AiNotes(UUID generationId, List<Note> notes, long seq) {
    }

    public static Note note(UUID track, int pitch, long start) {
        return new Note(UUID.randomUUID(), track, pitch, start, 480, 100);
    }
}
