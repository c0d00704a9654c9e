package app.tutti.bench;

import app.tutti.TuttiApplication;
import app.tutti.base.domain.ProjectId;
import app.tutti.base.domain.UserId;
import app.tutti.composition.domain.EditOp;
import app.tutti.composition.domain.Note;
import app.tutti.composition.domain.NoteChange;
import app.tutti.composition.domain.ProjectDetails;
import app.tutti.composition.service.ProjectService;
import app.tutti.history.domain.Credits;
import app.tutti.history.domain.VersionDiff;
import app.tutti.history.service.CreditService;
import app.tutti.history.service.VersionContent;
import app.tutti.history.service.VersionEntry;
import app.tutti.history.service.VersionService;
import app.tutti.testsupport.TestUsers;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * History of a long-lived project through the real services on in-memory H2: 100,000 operations
 * by three people and an AI generation, ending with about 10,000 notes, a version every 5,000
 * operations. Timeline, a diff between two versions, a diff of the first version against the
 * head, credits of the head, and credits of a copy of the log that has no checkpoints.
 */
@State(Scope.Benchmark)
public class HistoryBench {

    static final int OPS = 100_000;
    static final int NOTES = 10_000;
    static final int VERSION_EVERY = 5_000;

    private ConfigurableApplicationContext context;
    private VersionService versions;
    private VersionContent content;
    private CreditService credits;
    private TransactionTemplate readOnly;
    private ProjectId project;
    private ProjectId withoutCheckpoints;
    private long firstVersion;
    private long lastButOne;
    private long lastVersion;
    private long head;

    @Setup(Level.Trial)
    public void start() {
        context = new SpringApplicationBuilder(TuttiApplication.class).run("--server.port=0",
                "--spring.main.banner-mode=off", "--logging.level.root=warn",
                "--spring.datasource.url=jdbc:h2:mem:history-bench-" + UUID.randomUUID()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "--tutti.data-dir=target/bench-data");
        TestUsers users = context.getBean(TestUsers.class);
        List<UserId> people = List.of(users.registerAndLogIn("carla"), users.registerAndLogIn("dev"),
                users.registerAndLogIn("bench"));
        ProjectService projects = context.getBean(ProjectService.class);
        versions = context.getBean(VersionService.class);
        content = context.getBean(VersionContent.class);
        credits = context.getBean(CreditService.class);
        readOnly = new TransactionTemplate(context.getBean(org.springframework.transaction.PlatformTransactionManager.class));
        readOnly.setReadOnly(true);
        project = projects.create(ProjectDetails.untitled());
        withoutCheckpoints = projects.create(ProjectDetails.untitled());
        UUID track = projects.tracksOf(project).getFirst().id();
        new LogWriter(context.getBean(JdbcTemplate.class), context.getBean(JsonMapper.class), people, track)
                .write(project, withoutCheckpoints, versions);
        List<VersionEntry> timeline = versions.timeline(project);
        lastVersion = timeline.getFirst().version().seq();
        lastButOne = timeline.get(1).version().seq();
        firstVersion = timeline.getLast().version().seq();
        head = projects.get(project).project().headSeq();
        credits.credits(project);
    }

    @TearDown(Level.Trial)
    public void stop() {
        context.close();
    }

    @Benchmark
    public List<VersionEntry> timeline() {
        return versions.timeline(project);
    }

    @Benchmark
    public VersionDiff diff_of_two_adjacent_versions() {
        return content.compare(project, lastButOne, lastVersion);
    }

    @Benchmark
    public VersionDiff diff_of_the_first_version_and_the_head() {
        return content.compare(project, firstVersion, head);
    }

    @Benchmark
    public Credits credits() {
        return credits.credits(project);
    }

    /**
     * The same log in a project without checkpoints, read in read-only transactions (which store
     * none): the first call replays all 100,000 operations, later ones start from the in-memory cache.
     */
    @Benchmark
    public Credits credits_without_checkpoints_cached() {
        return readOnly.execute(status -> credits.credits(withoutCheckpoints));
    }

    /** Writes the operations straight into the log in batches (the edit path is measured elsewhere). */
    static final class LogWriter {
        private final JdbcTemplate jdbc;
        private final JsonMapper json;
        private final List<UserId> people;
        private final UUID track;
        private final UUID generation = UUID.randomUUID();
        private final Random random = new Random(42);
        private final List<Note> live = new ArrayList<>();

        LogWriter(JdbcTemplate jdbc, JsonMapper json, List<UserId> people, UUID track) {
            this.jdbc = jdbc;
            this.json = json;
            this.people = people;
            this.track = track;
        }

        void write(ProjectId project, ProjectId copy, VersionService versions) {
            List<Object[]> rows = new ArrayList<>();
            for (int seq = 1; seq <= OPS; seq++) {
                EditOp op = next(seq);
                boolean ai = seq % 50 == 0 && op instanceof EditOp.AddNotes;
                UserId author = people.get(seq % people.size());
                rows.add(new Object[] {project.value(), seq, author.value(), ai ? generation : null, UUID.randomUUID(),
                        seq - 1, op.getClass().getSimpleName(), json.writeValueAsString(op),
                        Timestamp.from(Instant.EPOCH.plusSeconds(seq))});
                if (seq % VERSION_EVERY == 0) {
                    flush(rows, project, copy, seq);
                    versions.save(project, "Version " + seq / VERSION_EVERY);
                }
            }
        }

        private void flush(List<Object[]> rows, ProjectId project, ProjectId copy, int seq) {
            String insert = "INSERT INTO op_log (project_id, seq, author_user_id, author_generation_id, client_op_id,"
                    + " base_seq, op_type, payload, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
            jdbc.batchUpdate(insert, rows);
            rows.forEach(row -> {
                row[0] = copy.value();
                row[4] = UUID.randomUUID();
            });
            jdbc.batchUpdate(insert, rows);
            rows.clear();
            jdbc.update("UPDATE project SET head_seq = ? WHERE id IN (?, ?)", seq, project.value(), copy.value());
        }

        /** Adds until there are 10,000 notes, then mostly moves, with as many deletes as adds. */
        private EditOp next(int seq) {
            if (seq <= NOTES || live.isEmpty()) {
                return add();
            }
            int kind = random.nextInt(10);
            if (kind == 0) {
                return add();
            }
            int index = random.nextInt(live.size());
            Note note = live.get(index);
            if (kind == 1) {
                live.set(index, live.getLast());
                live.removeLast();
                return new EditOp.DeleteNotes(List.of(note.id()));
            }
            Note moved = new Note(note.id(), track, 36 + random.nextInt(60), random.nextInt(2000) * 120L,
                    note.duration(), note.velocity());
            live.set(index, moved);
            return new EditOp.UpdateNotes(List.of(new NoteChange(note.id(), null, moved.pitch(), moved.start(),
                    null, null)));
        }

        private EditOp add() {
            Note note = new Note(UUID.randomUUID(), track, 36 + random.nextInt(60), random.nextInt(2000) * 120L,
                    240, 90);
            live.add(note);
            return new EditOp.AddNotes(List.of(note));
        }
    }
}
