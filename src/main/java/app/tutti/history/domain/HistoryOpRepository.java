package app.tutti.history.domain;

import app.tutti.base.domain.ProjectId;
import app.tutti.composition.domain.EditOp;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import app.tutti.base.domain.UserId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the operation log (written only by the edit service) with both kinds of author, which is
 * what history needs and the editing side does not.
 */
@Repository
public class HistoryOpRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    HistoryOpRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Operations with {@code afterSeq < seq <= toSeq}, in order. */
    public List<HistoryOp> findByProjectIdInRangeOrderBySeq(ProjectId projectId, long afterSeq, long toSeq) {
        return jdbc.sql("""
                SELECT seq, author_user_id, author_generation_id, created_at, payload FROM op_log
                WHERE project_id = :projectId AND seq > :afterSeq AND seq <= :toSeq ORDER BY seq""")
                .param("projectId", projectId.value())
                .param("afterSeq", afterSeq)
                .param("toSeq", toSeq)
                .query(this::map)
                .list();
    }

    /** Operations whose payload mentions the note, in order: the note's story. */
    public List<HistoryOp> findByProjectIdMentioningNoteOrderBySeq(ProjectId projectId, UUID noteId) {
        return jdbc.sql("""
                SELECT seq, author_user_id, author_generation_id, created_at, payload FROM op_log
                WHERE project_id = :projectId AND payload LIKE :pattern ORDER BY seq""")
                .param("projectId", projectId.value())
                .param("pattern", "%" + noteId + "%")
                .query(this::map)
                .list();
    }

    public Optional<Instant> findTimeBySeq(ProjectId projectId, long seq) {
        return jdbc.sql("SELECT created_at FROM op_log WHERE project_id = :projectId AND seq = :seq")
                .param("projectId", projectId.value())
                .param("seq", seq)
                .query((rs, row) -> rs.getTimestamp(1).toInstant())
                .optional();
    }

    /** For each AI generation in the project's log, the user who submitted (accepted) its notes. */
    public Map<UUID, UserId> findGenerationSubmitters(ProjectId projectId) {
        Map<UUID, UserId> submitters = new HashMap<>();
        jdbc.sql("""
                SELECT DISTINCT author_generation_id, author_user_id FROM op_log
                WHERE project_id = :projectId AND author_generation_id IS NOT NULL AND author_user_id IS NOT NULL""")
                .param("projectId", projectId.value())
                .query(rs -> {
                    submitters.put(rs.getObject(1, UUID.class), new UserId(rs.getObject(2, UUID.class)));
                });
        return submitters;
    }

    private HistoryOp map(ResultSet rs, int row) throws SQLException {
        UUID user = rs.getObject("author_user_id", UUID.class);
        UUID generation = rs.getObject("author_generation_id", UUID.class);
        return new HistoryOp(rs.getLong("seq"), Contributor.ofLogRow(user, generation), user,
                rs.getTimestamp("created_at").toInstant(), json.readValue(rs.getString("payload"), EditOp.class));
    }
}
