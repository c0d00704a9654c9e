package app.tutti.collab.service;

import app.tutti.TuttiApplication;
import app.tutti.account.service.AccountService;
import app.tutti.account.service.Registration;
import app.tutti.base.domain.ProjectId;
import app.tutti.composition.domain.EditOp;
import app.tutti.composition.domain.Note;
import app.tutti.composition.domain.ProjectDetails;
import app.tutti.composition.service.ProjectService;
import app.tutti.testsupport.TestUsers;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real Tutti node in its own process, for {@link CrashRecoveryIT}: starts the whole app, then
 * edits one project as one user through {@link EditSessionService}, the path the roll's client
 * calls take, and prints {@code ACK <clientOpId> <seq>} for each operation the server
 * acknowledged. Arguments: username, number of ops (0 = until killed), then Spring arguments.
 */
final class EditingNode {

    private EditingNode() {
    }

    public static void main(String[] args) {
        String username = args[0];
        int count = Integer.parseInt(args[1]);
        ConfigurableApplicationContext node = new SpringApplicationBuilder(TuttiApplication.class).profiles("test")
                .run(Arrays.copyOfRange(args, 2, args.length));
        ProjectService projects = node.getBean(ProjectService.class);
        EditSessionService edits = node.getBean(EditSessionService.class);
        if (node.getBean(AccountService.class).findByUsername(username).isEmpty()) {
            node.getBean(AccountService.class).register(new Registration(username, "Crash", TestUsers.PASSWORD));
        }
        node.getBean(TestUsers.class).logIn(username);
        ProjectId project = projects.listMine("").stream().findFirst().map(s -> s.project().id())
                .orElseGet(() -> projects.create(ProjectDetails.untitled()));
        UUID track = projects.tracksOf(project).getFirst().id();
        long seq = edits.open(project).seq();
        System.out.println("PROJECT " + project + " HEAD " + seq);
        for (int i = 0; count == 0 || i < count; i++) {
            UUID clientOpId = UUID.randomUUID();
            EditOp op = new EditOp.AddNotes(List.of(new Note(UUID.randomUUID(), track, 40 + i % 48, i * 120, 120, 90)));
            seq = edits.submit(project, clientOpId, seq, op);
            System.out.println("ACK " + clientOpId + " " + seq);
        }
        node.close();
    }
}
