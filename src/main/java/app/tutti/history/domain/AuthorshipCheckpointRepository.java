package app.tutti.history.domain;

import app.tutti.base.domain.ProjectId;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stored {@link Authorship} states, so a replay starts at the nearest one instead of the log's start. */
@Repository
public class AuthorshipCheckpointRepository {

    private final JdbcClient jdbc;

    AuthorshipCheckpointRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the state unless one at that sequence number exists already (two readers may race). */
    public void insert(ProjectId projectId, Authorship authorship) {
        String state = AuthorshipCodec.encode(authorship);
        jdbc.sql("""
                INSERT INTO authorship_checkpoint (project_id, seq, state) VALUES (:projectId, :seq, :state)
                ON CONFLICT DO NOTHING""")
                .param("projectId", projectId.value())
                .param("seq", authorship.seq())
                .param("state", state)
                .update();
    }

    public Optional<Long> findLatestSeqAtOrBefore(ProjectId projectId, long seq) {
        return jdbc.sql("""
                SELECT seq FROM authorship_checkpoint WHERE project_id = :projectId AND seq <= :seq
                ORDER BY seq DESC LIMIT 1""")
                .param("projectId", projectId.value())
                .param("seq", seq)
                .query(Long.class)
                .optional();
    }

    public Optional<Authorship> findBySeq(ProjectId projectId, long seq) {
        return jdbc.sql("SELECT state FROM authorship_checkpoint WHERE project_id = :projectId AND seq = :seq")
                .param("projectId", projectId.value())
                .param("seq", seq)
                .query((rs, row) -> AuthorshipCodec.decode(seq, rs.getString("state")))
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
