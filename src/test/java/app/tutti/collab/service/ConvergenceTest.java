package app.tutti.collab.service;

import static org.assertj.core.api.Assertions.assertThat;

import app.tutti.base.domain.ProjectId;
import app.tutti.composition.domain.EditOp;
import app.tutti.composition.domain.Note;
import app.tutti.composition.domain.ProjectDetails;
import app.tutti.composition.service.ProjectService;
import app.tutti.testsupport.TestUsers;
import app.tutti.testsupport.TuttiSpringTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Property: however ops interleave, every client ends showing exactly the server's document.
 * Each seed picks 2–20 clients that run the browser's local-echo algorithm ({@link LocalEchoModel},
 * a port of {@code LocalEcho.ts}) against the real {@link EditSessionService} and
 * {@link ProjectBroadcaster} on H2. Edits come from one shared pool of note ids, so clients move,
 * resize and delete the same notes concurrently. Messages are delayed at random: each client's
 * submissions reach the server in order (as Vaadin sends them), but what comes back (acks and
 * others' ops) is delivered in any order, and clients drop their connection at random, losing
 * everything in flight, then resubscribe after their confirmed sequence number and resubmit
 * their pending ops with the same client op ids.
 */
@TuttiSpringTest
class ConvergenceTest {

    @Autowired
    EditSessionService edits;
    @Autowired
    ProjectBroadcaster broadcaster;
    @Autowired
    ProjectService projects;
    @Autowired
    DocumentLoader loader;
    @Autowired
    TestUsers users;

    ProjectId project;
    UUID track;

    @BeforeEach
    void createProject() {
        users.logIn(users.register("conv"));
        project = projects.create(ProjectDetails.untitled());
        track = projects.tracksOf(project).getFirst().id();
    }

    @AfterEach
    void logOut() {
        users.logOut();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void everyClientEndsEqualToTheServer(long seed) {
        Random random = new Random(seed);
        RandomEdits pool = new RandomEdits(seed, track);
        List<Client> clients = new ArrayList<>();
        for (int i = 0, n = 2 + random.nextInt(19); i < n; i++) {
            clients.add(new Client());
        }
        int steps = 400 + random.nextInt(400);
        for (int step = 0; step < steps; step++) {
            Client c = clients.get(random.nextInt(clients.size()));
            int action = random.nextInt(100);
            if (action < 30) {
                c.edit(pool.next());
            } else if (action < 60) {
                c.sendOne();
            } else if (action < 97) {
                c.receiveOne(random);
            } else {
                c.reconnect();
            }
        }
        for (int round = 0; clients.stream().anyMatch(Client::busy); round++) {
            assertThat(round).as("clients settle").isLessThan(100_000);
            clients.forEach(c -> {
                c.sendOne();
                c.receiveOne(random);
            });
        }

        Map<UUID, Note> server = new HashMap<>();
        loader.load(project).document().notes().forEach(n -> server.put(n.id(), n));
        assertThat(server).as("the run should produce notes").isNotEmpty();
        for (Client c : clients) {
            assertThat(c.echo.pendingCount()).isZero();
            assertThat(c.echo.shown).as("client %s shown", clients.indexOf(c)).isEqualTo(server);
            assertThat(c.echo.confirmed).isEqualTo(server);
        }
        clients.forEach(Client::close);
    }

    /** One browser: its roll's state, the submissions not yet at the server, and what is on its way back. */
    private final class Client {
        final LocalEchoModel echo = new LocalEchoModel();
        private final List<UUID> outbox = new ArrayList<>();
        private final Map<UUID, EditOp> sent = new HashMap<>();
        private List<Runnable> inbox = new ArrayList<>();
        private Set<UUID> mySubmissions = new HashSet<>();
        private ProjectBroadcaster.Subscription subscription;

        Client() {
            var state = edits.open(project);
            echo.load(state.seq(), state.document().notes());
            subscribe();
        }

        /** Like {@code EditorView}: every op after the confirmed state, except this connection's own. */
        private void subscribe() {
            List<Runnable> box = inbox;
            Set<UUID> mine = mySubmissions;
            subscription = broadcaster.subscribe(project, echo.confirmedSeq, entry -> {
                if (!mine.remove(entry.clientOpId())) {
                    box.add(() -> echo.remote(entry.seq(), entry.op()));
                }
            });
        }

        void edit(EditOp op) {
            UUID clientOpId = UUID.randomUUID();
            LocalEchoModel.applyOp(echo.shown, op);
            echo.local(clientOpId, op);
            sent.put(clientOpId, op);
            outbox.add(clientOpId);
        }

        void sendOne() {
            if (outbox.isEmpty()) {
                return;
            }
            UUID clientOpId = outbox.removeFirst();
            mySubmissions.add(clientOpId);
            EditOp op = sent.get(clientOpId);
            long seq = edits.submit(project, clientOpId, echo.confirmedSeq, op);
            List<Runnable> box = inbox;
            box.add(() -> echo.acknowledged(clientOpId, seq, op));
        }

        void receiveOne(Random random) {
            if (!inbox.isEmpty()) {
                inbox.remove(random.nextInt(inbox.size())).run();
            }
        }

        /** The connection drops: everything in flight is lost; then resync by sequence number. */
        void reconnect() {
            subscription.close();
            inbox = new ArrayList<>();
            mySubmissions = new HashSet<>();
            outbox.clear();
            subscribe();
            echo.pendingOps().forEach(p -> outbox.add(p.clientOpId()));
        }

        boolean busy() {
            return !outbox.isEmpty() || !inbox.isEmpty() || echo.pendingCount() > 0;
        }

        void close() {
            subscription.close();
        }
    }
}
