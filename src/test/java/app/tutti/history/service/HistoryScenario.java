package app.tutti.history.service;

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
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A project "Song" owned by Ana with Ben as editor, for history tests. Edits go through the real
 * {@link EditSessionService}. An accepted AI generation is simulated the way the AI feature
 * records it: the acceptor submits the notes, and the log row gets the generation as its author.
 */
@Component
public class HistoryScenario {

    private final TestUsers users;
    private final ProjectService projects;
    private final SharingService sharing;
    private final EditSessionService edits;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    HistoryScenario(TestUsers users, ProjectService projects, SharingService sharing, EditSessionService edits,
            JdbcClient jdbc, TransactionTemplate transactions) {
        this.users = users;
        this.projects = projects;
        this.sharing = sharing;
        this.edits = edits;
        this.jdbc = jdbc;
        this.transactions = transactions;
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

    /** The signed-in user accepts notes written by generation {@code generationId}. */
    public long acceptAi(ProjectId project, UUID generationId, Note... notes) {
        long seq = add(project, notes);
        transactions.executeWithoutResult(status -> jdbc
                .sql("UPDATE op_log SET author_generation_id = :g WHERE project_id = :p AND seq = :seq")
                .param("g", generationId).param("p", project.value()).param("seq", seq).update());
        return seq;
    }

    public static Note note(UUID track, int pitch, long start) {
        return new Note(UUID.randomUUID(), track, pitch, start, 480, 100);
    }
}
