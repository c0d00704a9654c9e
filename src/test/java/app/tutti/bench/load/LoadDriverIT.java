package app.tutti.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import app.tutti.base.domain.ProjectId;
import app.tutti.collab.domain.OpLogEntry;
import app.tutti.collab.domain.OpLogRepository;
import app.tutti.composition.domain.EditOp;
import app.tutti.testsupport.AppNode;
import app.tutti.testsupport.RequiresPostgres;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The load driver speaks Vaadin's real protocol to a real node (whole app, own web server,
 * PostgreSQL): its tabs log in through the login form and open the editor as real Vaadin
 * sessions; an edit one tab submits is committed to the op log, acknowledged to it and pushed
 * to the other tabs of the project; a viewer's tab that forges the roll's submit call is refused
 * and the log does not change. Nothing here is timed; the waits are generous for a busy machine.
 */
@RequiresPostgres
class LoadDriverIT {

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    static AppNode node;
    static LoadFixture.Cast cast;
    static LoadClient client;

    /** Everything the server told one tab's roll. */
    static final class Heard implements EditorTab.Listener {
        final Map<UUID, Long> acknowledged = new ConcurrentHashMap<>();
        final Map<UUID, String> rejected = new ConcurrentHashMap<>();
        final Map<Long, JsonNode> remote = new ConcurrentHashMap<>();
        final List<String> problems = new CopyOnWriteArrayList<>();

        @Override
        public void acknowledged(UUID clientOpId, long seq, long atNanos) {
            acknowledged.put(clientOpId, seq);
        }

        @Override
        public void rejected(UUID clientOpId, String message, long atNanos) {
            rejected.put(clientOpId, message);
        }

        @Override
        public void remote(long seq, JsonNode op, long atNanos) {
            remote.put(seq, op);
        }

        @Override
        public void failed(String problem) {
            problems.add(problem);
        }
    }

    @BeforeAll
    static void startNode() {
        node = AppNode.start("load-driver");
        cast = LoadFixture.prepare(node.context(), 1, 2, 1).getFirst();
        client = new LoadClient(URI.create(node.url("/")));
    }

    @AfterAll
    static void stopNode() {
        if (client != null) {
            client.close();
        }
        if (node != null) {
            node.close();
        }
    }

    @Test
    void an_edit_sent_as_the_rolls_client_call_is_committed_acknowledged_and_pushed_to_the_others() {
        try (EditorTab author = client.openEditor(cast.editors().get(0), cast.projectId());
                EditorTab coEditor = client.openEditor(cast.editors().get(1), cast.projectId());
                EditorTab viewer = client.openEditor(cast.viewers().getFirst(), cast.projectId())) {
            Heard atAuthor = new Heard();
            Heard atCoEditor = new Heard();
            Heard atViewer = new Heard();
            author.listen(atAuthor);
            coEditor.listen(atCoEditor);
            viewer.listen(atViewer);
            assertThat(author.loaded().editable()).isTrue();
            assertThat(viewer.loaded().editable()).isFalse();

            JsonNode op = new EditGenerator(author.loaded().activeTrackId(), 1).add();
            UUID clientOpId = author.submit(op);

            await().atMost(PATIENCE).until(() -> atAuthor.acknowledged.containsKey(clientOpId));
            long seq = atAuthor.acknowledged.get(clientOpId);
            OpLogEntry logged = opLog().findByProjectIdAfterSeqOrderBySeq(projectId(), seq - 1).getFirst();
            assertThat(logged.seq()).isEqualTo(seq);
            assertThat(logged.clientOpId()).isEqualTo(clientOpId);
            assertThat(((EditOp.AddNotes) logged.op()).notes().getFirst().id().toString())
                    .isEqualTo(op.path("notes").path(0).path("id").asString());

            await().atMost(PATIENCE).until(() -> atCoEditor.remote.containsKey(seq) && atViewer.remote.containsKey(seq));
            assertThat(atCoEditor.remote.get(seq)).hasToString(op.toString());
            assertThat(atViewer.remote.get(seq)).hasToString(op.toString());
            assertThat(atAuthor.remote).as("the author hears its own edit as an acknowledgement only").isEmpty();
            assertThat(List.of(atAuthor.problems, atCoEditor.problems, atViewer.problems)).allSatisfy(
                    problems -> assertThat(problems).isEmpty());
        }
    }

    @Test
    void a_viewers_forged_submit_is_refused_and_changes_nothing() {
        try (EditorTab viewer = client.newTab()) {
            viewer.logIn(cast.viewers().getFirst(), app.tutti.testsupport.TestUsers.PASSWORD);
            RollCall.Loaded loaded = viewer.open("projects/" + cast.projectId());
            assertThat(loaded.editable()).isFalse();
            Heard heard = new Heard();
            viewer.listen(heard);
            long headBefore = opLog().findHeadSeq(projectId());

            UUID forged = viewer.submit(new EditGenerator(loaded.activeTrackId(), 2).add());

            await().atMost(PATIENCE).until(() -> heard.rejected.containsKey(forged));
            assertThat(heard.acknowledged).isEmpty();
            assertThat(opLog().findHeadSeq(projectId())).isEqualTo(headBefore);
            assertThat(opLog().findSeqByClientOpId(projectId(), forged)).isEmpty();
        }
    }

    @Test
    void a_wrong_password_does_not_get_in() {
        try (EditorTab tab = client.newTab()) {
            assertThatThrownBy(() -> tab.logIn(cast.editors().getFirst(), "not the password"))
                    .hasMessageContaining("refused");
        }
    }

    private static ProjectId projectId() {
        return ProjectId.parse(cast.projectId()).orElseThrow();
    }

    private static OpLogRepository opLog() {
        return node.bean(OpLogRepository.class);
    }
}
