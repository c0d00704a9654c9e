package app.tutti.collab.domain;

import app.tutti.base.domain.ProjectId;
import app.tutti.composition.domain.Note;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Compacted note lists at a sequence number, so loading a project replays only the log's tail. */
@Repository
public class SnapshotRepository {

    public record Snapshot(long seq, List<Note> notes) {
    }

    private static final TypeReference<List<Note>> NOTES = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    SnapshotRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void insert(ProjectId projectId, long seq, Collection<Note> notes, Instant at) {
        jdbc.sql("INSERT INTO project_snapshot (project_id, seq, state, created_at) VALUES (:projectId, :seq, :state, :at)")
                .param("projectId", projectId.value())
                .param("seq", seq)
                .param("state", json.writeValueAsString(notes))
                .param("at", Timestamp.from(at))
                .update();
    }

    public Optional<Snapshot> findLatest(ProjectId projectId) {
        return jdbc.sql("SELECT seq, state FROM project_snapshot WHERE project_id = :projectId ORDER BY seq DESC LIMIT 1")
                .param("projectId", projectId.value())
                .query((rs, row) -> new Snapshot(rs.getLong("seq"), json.readValue(rs.getString("state"), NOTES)))
                .optional();
    }

    public void copy(ProjectId from, ProjectId to, long upToSeq) {
        jdbc.sql("""
                INSERT INTO project_snapshot (project_id, seq, state, created_at)
                SELECT :to, seq, state, created_at FROM project_snapshot WHERE project_id = :from AND seq <= :upToSeq""")
                .param("from", from.value())
                .param("to", to.value())
                .param("upToSeq", upToSeq)
                .update();
    }
}
