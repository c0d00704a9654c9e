package app.tutti.bench;

import app.tutti.TuttiApplication;
import app.tutti.base.domain.ProjectId;
import app.tutti.collab.service.DocumentState;
import app.tutti.collab.service.EditSessionService;
import app.tutti.composition.domain.EditOp;
import app.tutti.composition.domain.Note;
import app.tutti.composition.domain.NoteChange;
import app.tutti.composition.domain.NoteDocument;
import app.tutti.composition.domain.ProjectDetails;
import app.tutti.composition.service.ProjectService;
import app.tutti.testsupport.TestUsers;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The server side of an edit through the real service and an in-memory H2 database: open a
 * project of {@code notes} notes, and commit a one-note add or a 500-note move (one drag).
 */
@State(Scope.Benchmark)
public class EditSessionBench {

    @Param({"1000", "10000"})
    int notes;

    private ConfigurableApplicationContext context;
    private EditSessionService edits;
    private ProjectId project;
    private UUID track;
    private List<Note> first500;
    private long shift;

    @Setup(Level.Trial)
    public void start() {
        context = new SpringApplicationBuilder(TuttiApplication.class).run("--server.port=0",
                "--spring.main.banner-mode=off", "--logging.level.root=warn",
                "--spring.datasource.url=jdbc:h2:mem:bench-" + UUID.randomUUID()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "--tutti.data-dir=target/bench-data");
        TestUsers users = context.getBean(TestUsers.class);
        users.logIn(users.register("bench"));
        ProjectService projects = context.getBean(ProjectService.class);
        edits = context.getBean(EditSessionService.class);
        project = projects.create(ProjectDetails.untitled());
        track = projects.tracksOf(project).getFirst().id();
        List<Note> all = new ArrayList<>();
        for (int i = 0; i < notes; i++) {
            all.add(new Note(UUID.randomUUID(), track, 36 + i % 60, i * 120L, 240, 90));
        }
        NoteDocument.batches(all).forEach(
                batch -> edits.submit(project, UUID.randomUUID(), 0, new EditOp.AddNotes(batch)));
        first500 = all.subList(0, 500);
    }

    @TearDown(Level.Trial)
    public void stop() {
        context.close();
    }

    @Benchmark
    public DocumentState open_the_project() {
        return edits.open(project);
    }

    @Benchmark
    public long commit_one_added_note() {
        return edits.submit(project, UUID.randomUUID(), 0,
                new EditOp.AddNotes(List.of(new Note(UUID.randomUUID(), track, 60, 0, 120, 90))));
    }

    @Benchmark
    public long commit_a_drag_of_500_notes() {
        shift = (shift + 120) % 4800;
        List<NoteChange> moves = new ArrayList<>(500);
        for (Note note : first500) {
            moves.add(new NoteChange(note.id(), null, null, note.start() + shift, null, null));
        }
        return edits.submit(project, UUID.randomUUID(), 0, new EditOp.UpdateNotes(moves));
    }
}
