package app.tutti.collab.service;

import static org.assertj.core.api.Assertions.assertThat;

import app.tutti.base.domain.ProjectId;
import app.tutti.collab.domain.OpLogEntry;
import app.tutti.composition.domain.EditOp;
import app.tutti.composition.domain.Note;
import app.tutti.composition.domain.ProjectDetails;
import app.tutti.composition.service.ProjectService;
import app.tutti.testsupport.TestUsers;
import app.tutti.testsupport.TuttiSpringTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.TestPropertySource;

/**
 * Delivery never waits for a database connection while holding a project's room: committing
 * edits hold their connection until their after-commit delivery is done, so a catch-up (another
 * node's notification) that took the room and then asked the pool for a connection waited for
 * connections held by edits waiting for the room. Found by the collab-throughput load run (20
 * editors, pool of 10: everything stopped for the pool's 30 s timeout); here a pool of two makes
 * it show within a few edits.
 */
@TuttiSpringTest
@TestPropertySource(properties = {"spring.datasource.hikari.maximum-pool-size=2",
        "spring.datasource.hikari.connection-timeout=2000"})
class ProjectBroadcasterPoolTest {

    private static final int EDITORS = 4;
    private static final int EDITS_EACH = 25;

    @Autowired
    ProjectBroadcaster broadcaster;
    @Autowired
    EditSessionService edits;
    @Autowired
    ProjectService projects;
    @Autowired
    TestUsers users;

    @AfterEach
    void logOut() {
        users.logOut();
    }

    @Test
    void edits_and_catch_ups_of_one_project_at_once_never_starve_for_connections() throws Exception {
        users.registerAndLogIn("pia");
        ProjectId project = projects.create(ProjectDetails.untitled());
        UUID track = projects.tracksOf(project).getFirst().id();
        List<OpLogEntry> heard = new CopyOnWriteArrayList<>();
        AtomicBoolean editing = new AtomicBoolean(true);
        List<Future<?>> work = new ArrayList<>();

        try (var subscription = broadcaster.subscribe(project, 0, heard::add);
                ExecutorService threads = Executors.newFixedThreadPool(EDITORS + 1)) {
            for (int e = 0; e < EDITORS; e++) {
                int pitch = 40 + e;
                work.add(threads.submit(asUser(() -> {
                    for (int i = 0; i < EDITS_EACH; i++) {
                        edits.submit(project, UUID.randomUUID(), 0, new EditOp.AddNotes(
                                List.of(new Note(UUID.randomUUID(), track, pitch, i * 240L, 240, 90))));
                    }
                })));
            }
            work.add(threads.submit(() -> {
                while (editing.get()) {
                    broadcaster.catchUp(project, Long.MAX_VALUE);
                }
            }));
            for (Future<?> editor : work.subList(0, EDITORS)) {
                editor.get();
            }
            editing.set(false);
            work.getLast().get();
        }

        assertThat(heard).extracting(OpLogEntry::seq)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, EDITORS * EDITS_EACH).boxed().toList());
    }

    private static Runnable asUser(Runnable task) {
        return DelegatingSecurityContextRunnable.create(task, SecurityContextHolder.getContext());
    }
}
