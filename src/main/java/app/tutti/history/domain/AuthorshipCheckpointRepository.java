package app.tutti.history.domain;

import app.tutti.base.domain.ProjectId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Stored {@link Authorship} states, so a replay starts at the nearest one instead of the log's start. */
@Repository
public class AuthorshipCheckpointRepository {

    record State(List<NoteAuthorship> notes, Map<UUID, Authorship.Origin> deleted) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AuthorshipCheckpointRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Stores the state unless one at that sequence number exists already (two readers may race). */
    public void insert(ProjectId projectId, Authorship authorship) {
        String state = json.writeValueAsString(new State(List.copyOf(authorship.notes()), authorship.deleted()));
        jdbc.sql("""
                INSERT INTO authorship_checkpoint (project_id, seq, state) VALUES (:projectId, :seq, :state)
                ON CONFLICT DO NOTHING""")
                .param("projectId", projectId.value())
                .param("seq", authorship.seq())
                .param("state", state)
                .update();
    }

    public Optional<Authorship> findLatestAtOrBefore(ProjectId projectId, long seq) {
        return jdbc.sql("""
                SELECT seq, state FROM authorship_checkpoint WHERE project_id = :projectId AND seq <= :seq
                ORDER BY seq DESC LIMIT 1""")
                .param("projectId", projectId.value())
                .param("seq", seq)
                .query((rs, row) -> {
                    State state = json.readValue(rs.getString("state"), State.class);
                    return new Authorship(rs.getLong("seq"), state.notes(), state.deleted());
                })
                .optional();
    }

    public void copy(ProjectId from, ProjectId to, long upToSeq) {
        jdbc.sql("""
                INSERT INTO authorship_checkpoint (project_id, seq, state)
                SELECT :to, seq, state FROM authorship_checkpoint WHERE project_id = :from AND seq <= :upToSeq""")
                .param("from", from.value())
                .param("to", to.value())
                .param("upToSeq", upToSeq)
                .update();
    }
}
